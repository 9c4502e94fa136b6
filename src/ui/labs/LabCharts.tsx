import { InFlightChart } from '../charts/InFlightChart.tsx';
import { MakespanChart } from '../charts/MakespanChart.tsx';
import { WaitFlightChart } from '../charts/WaitFlightChart.tsx';
import type { Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/index.ts';

export interface LabChartsProps {
  readonly data: TimelineData;
  readonly nowMs: number;
  readonly axisEndMs: number;
  readonly predictedMs: number | null;
  readonly palette: Palette;
}

/**
 * The three charts of a run. Loaded lazily (Recharts is most of the app's JavaScript), so the
 * page and its timeline are interactive before the charts' code has arrived.
 */
export default function LabCharts({
  data,
  nowMs,
  axisEndMs,
  predictedMs,
  palette,
}: LabChartsProps) {
  return (
    <div className="lab__charts">
      <InFlightChart data={data} nowMs={nowMs} axisEndMs={axisEndMs} palette={palette} />
      <WaitFlightChart data={data} nowMs={nowMs} axisEndMs={axisEndMs} palette={palette} />
      <MakespanChart data={data} nowMs={nowMs} predictedMs={predictedMs} palette={palette} />
    </div>
  );
}
