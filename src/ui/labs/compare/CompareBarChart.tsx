import {
  HorizontalBarChart,
  type HorizontalBarChartProps,
} from '../../charts/HorizontalBarChart.tsx';
import { niceTicks } from '../../charts/niceTicks.ts';
import type { Palette } from '../../palette.ts';
import type { CompareChartRow } from './compareChartRows.ts';

/** Room for the longest model title ("Worker pool") at the chart's font size. */
const CATEGORY_AXIS_PX = 112;

/** A number the Compare lab draws as a bar: null until the model's run has it. */
export type CompareBarKey =
  'measuredMs' | 'predictedMs' | 'peakCallsInFlight' | 'peakRequestsOnWire';

/** What each Compare lab chart is given: the rows, one per model, and the colours. */
export interface CompareChartProps {
  readonly rows: readonly CompareChartRow[];
  readonly palette: Palette;
}

export type CompareBarChartProps = CompareChartProps &
  Omit<
    HorizontalBarChartProps<CompareChartRow>,
    | 'className'
    | 'data'
    | 'barCategoryGap'
    | 'barGap'
    | 'categoryWidth'
    | 'ticks'
    | 'largest'
    | 'allowDecimals'
  > & {
    /** The two bars of each model: the value axis reaches the larger of them over all models. */
    readonly valueKeys: readonly [CompareBarKey, CompareBarKey];
    /** Counts (no fractional ticks) rather than times. */
    readonly integer?: boolean;
  };

/**
 * A Compare lab bar chart: one category per model, two bars side by side in each. The charts
 * share their spacing and their model axis so they line up when read one under the other.
 */
export function CompareBarChart({
  rows,
  valueKeys,
  integer = false,
  ...chart
}: CompareBarChartProps) {
  const [first, second] = valueKeys;
  const largest = Math.max(1, ...rows.map((row) => Math.max(row[first] ?? 0, row[second] ?? 0)));
  return (
    <HorizontalBarChart
      {...chart}
      className="chart__plot compare-chart__plot"
      data={[...rows]}
      barCategoryGap="18%"
      barGap={3}
      ticks={niceTicks(largest, { intervals: 4, integer })}
      largest={largest}
      {...(integer ? { allowDecimals: false } : {})}
      categoryWidth={CATEGORY_AXIS_PX}
    />
  );
}
