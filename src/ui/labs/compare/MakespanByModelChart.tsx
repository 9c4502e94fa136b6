import { Bar, LabelList } from 'recharts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { CHART_FONT_PX } from '../../charts/chartStyle.ts';
import { HorizontalBarChart } from '../../charts/HorizontalBarChart.tsx';
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
  const largest = Math.max(
    1,
    ...rows.map((row) => Math.max(row.measuredMs ?? 0, row.predictedMs ?? 0)),
  );
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
      <HorizontalBarChart
        title={TITLE}
        description={description}
        className="chart__plot compare-chart__plot"
        data={[...rows]}
        marginRight={88}
        barCategoryGap="18%"
        barGap={3}
        ticks={ticks}
        largest={largest}
        axisLabel="makespan (ms)"
        tickFormatter={(value: number) => formatMs(value)}
        categoryWidth={CATEGORY_AXIS_PX}
        palette={palette}
      >
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
      </HorizontalBarChart>
    </ChartFigure>
  );
}
