import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { axisTitle, CHART_FONT_PX, tickStyle } from '../../charts/chartStyle.ts';
import { niceTicks } from '../../charts/niceTicks.ts';
import { formatMs } from '../../numbers/formatMs.ts';
import type { Palette } from '../../palette.ts';
import { makespanDescription, type CompareChartRow } from './compareChartRows.ts';

const TITLE = 'Makespan per model: measured and predicted';

/** Room for the longest model title ("Worker pool") at the chart's font size. */
export const CATEGORY_AXIS_PX = 112;

const msLabel = (value: unknown): string =>
  typeof value === 'number' ? `${formatMs(value)} ms` : '';

/**
 * Two bars per model, side by side: the measured makespan (solid) and the prediction (a dashed
 * outline, as predictions are drawn everywhere else). The numbers are printed on the bars.
 */
export function MakespanByModelChart({
  rows,
  palette,
}: {
  readonly rows: readonly CompareChartRow[];
  readonly palette: Palette;
}) {
  const largest = Math.max(1, ...rows.map((row) => Math.max(row.measuredMs ?? 0, row.predictedMs)));
  const ticks = niceTicks(largest, { intervals: 4 });
  const description = makespanDescription(rows);
  return (
    <ChartFigure
      title={TITLE}
      description={description}
      legend={
        <ChartLegend
          items={[
            { label: 'measured', colour: palette.text },
            { label: 'predicted by the formula', colour: palette.predicted, outlined: true },
          ]}
        />
      }
    >
      <BarChart
        responsive
        layout="vertical"
        className="chart__plot compare-chart__plot"
        data={[...rows]}
        margin={{ top: 4, right: 88, bottom: 20, left: 8 }}
        barCategoryGap="18%"
        barGap={3}
        // No tooltip to navigate: the numbers are printed on the bars, so the SVG is an image.
        accessibilityLayer={false}
        role="img"
        title={TITLE}
        desc={description}
      >
        <CartesianGrid stroke={palette.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, ticks[ticks.length - 1] ?? largest]}
          ticks={ticks}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          tickFormatter={(value: number) => formatMs(value)}
          label={axisTitle('makespan (ms)', palette, 'bottom')}
        />
        <YAxis
          type="category"
          dataKey="label"
          tick={{ ...tickStyle(palette), fill: palette.text }}
          stroke={palette.mutedText}
          width={CATEGORY_AXIS_PX}
        />
        <Bar dataKey="measuredMs" name="measured" fill={palette.text} isAnimationActive={false}>
          <LabelList
            dataKey="measuredMs"
            position="right"
            fill={palette.text}
            fontSize={CHART_FONT_PX}
            fontWeight={600}
            formatter={msLabel}
          />
        </Bar>
        <Bar
          dataKey="predictedMs"
          name="predicted"
          fill={palette.background}
          stroke={palette.predicted}
          strokeWidth={2}
          strokeDasharray="6 4"
          isAnimationActive={false}
        >
          <LabelList
            dataKey="predictedMs"
            position="right"
            fill={palette.mutedText}
            fontSize={CHART_FONT_PX}
            formatter={msLabel}
          />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
