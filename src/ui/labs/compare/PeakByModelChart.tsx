import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { axisTitle, CHART_FONT_PX, tickStyle } from '../../charts/chartStyle.ts';
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
      <BarChart
        responsive
        layout="vertical"
        className="chart__plot compare-chart__plot compare-chart__plot--short"
        data={[...rows]}
        margin={{ top: 4, right: 56, bottom: 20, left: 8 }}
        barCategoryGap="30%"
        accessibilityLayer={false}
        role="img"
        title={TITLE}
        desc={description}
      >
        <CartesianGrid stroke={palette.grid} horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          domain={[0, ticks[ticks.length - 1] ?? largest]}
          ticks={ticks}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          label={axisTitle('peak in flight (calls)', palette, 'bottom')}
        />
        <YAxis
          type="category"
          dataKey="label"
          tick={{ ...tickStyle(palette), fill: palette.text }}
          stroke={palette.mutedText}
          width={CATEGORY_AXIS_PX}
        />
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
      </BarChart>
    </ChartFigure>
  );
}
