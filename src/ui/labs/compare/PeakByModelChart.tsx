import { Bar, LabelList } from 'recharts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { CHART_FONT_PX } from '../../charts/chartStyle.ts';
import { HorizontalBarChart } from '../../charts/HorizontalBarChart.tsx';
import { niceTicks } from '../../charts/niceTicks.ts';
import type { Palette } from '../../palette.ts';
import { peakDescription, type CompareChartRow } from './compareChartRows.ts';
import { CATEGORY_AXIS_PX } from './MakespanByModelChart.tsx';

const TITLE = 'Peak calls in flight per model';

/**
 * The most calls each model had in flight at once: the other side of the makespan, what a model
 * asks of the upstream services (all at once is fastest and the heaviest).
 */
export function PeakByModelChart({
  rows,
  palette,
}: {
  readonly rows: readonly CompareChartRow[];
  readonly palette: Palette;
}) {
  const largest = Math.max(1, ...rows.map((row) => row.peakInFlight ?? 0));
  const ticks = niceTicks(largest, { intervals: 4, integer: true });
  const description = peakDescription(rows);
  return (
    <ChartFigure title={TITLE} description={description}>
      <HorizontalBarChart
        title={TITLE}
        description={description}
        className="chart__plot compare-chart__plot compare-chart__plot--short"
        data={[...rows]}
        marginRight={56}
        barCategoryGap="30%"
        ticks={ticks}
        largest={largest}
        axisLabel="peak in flight (calls)"
        allowDecimals={false}
        categoryWidth={CATEGORY_AXIS_PX}
        palette={palette}
      >
        <Bar
          dataKey="peakInFlight"
          name="peak in flight"
          fill={palette.text}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="peakInFlight"
            position="right"
            fill={palette.text}
            fontSize={CHART_FONT_PX}
            fontWeight={600}
          />
        </Bar>
      </HorizontalBarChart>
    </ChartFigure>
  );
}
