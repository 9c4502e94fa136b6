import { useMemo } from 'react';
import type { Palette } from '../../palette.ts';
import { compareChartRows } from './compareChartRows.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { MakespanByModelChart } from './MakespanByModelChart.tsx';
import { PeakByModelChart } from './PeakByModelChart.tsx';

export interface CompareChartsProps {
  readonly rows: readonly CompareRow[];
  readonly palette: Palette;
}

/**
 * The comparison's two charts. Loaded lazily, like the Fan-out lab's LabCharts (Recharts is most
 * of the app's JavaScript), and drawn only once the comparison has ended.
 */
export default function CompareCharts({ rows, palette }: CompareChartsProps) {
  const chartRows = useMemo(() => compareChartRows(rows), [rows]);
  return (
    <div className="lab__charts compare-charts">
      <MakespanByModelChart rows={chartRows} palette={palette} />
      <PeakByModelChart rows={chartRows} palette={palette} />
    </div>
  );
}
