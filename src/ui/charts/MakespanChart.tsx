import { useMemo } from 'react';
import { Bar, LabelList, Rectangle, type BarShapeProps } from 'recharts';
import { formatMs, formatMsReadable } from '../numbers/formatMs.ts';
import type { Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/index.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { CHART_FONT_PX } from './chartStyle.ts';
import { HorizontalBarChart } from './HorizontalBarChart.tsx';
import { makespanSeries } from './makespanSeries.ts';
import { niceTicks } from './niceTicks.ts';

export interface MakespanChartProps {
  readonly data: TimelineData;
  readonly nowMs: number;
  /** The closed-form prediction for the same drawn latencies; null when there is none. */
  readonly predictedMs: number | null;
  readonly palette: Palette;
}

const TITLE = 'Makespan: measured and predicted';

const msText = (ms: number | null): string => (ms === null ? '—' : `${formatMsReadable(ms)} ms`);

/**
 * Two bars: the measured makespan (time so far while the run goes) and the prediction. The
 * measured bar is solid, the predicted one a dashed outline, as predictions are drawn elsewhere.
 */
export function MakespanChart({ data, nowMs, predictedMs, palette }: MakespanChartProps) {
  const bars = useMemo(() => makespanSeries(data, nowMs, predictedMs), [data, nowMs, predictedMs]);
  const [measured, predicted] = bars;
  const largest = Math.max(1, measured?.ms ?? 0, predicted?.ms ?? 0);
  const ticks = niceTicks(largest, { intervals: 4 });
  const description =
    `${measured?.label ?? 'Measured'}: ${msText(measured?.ms ?? null)}. ` +
    `Predicted: ${msText(predicted?.ms ?? null)}.`;
  const shape = (props: BarShapeProps) =>
    props.index === 0 ? (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={palette.text}
      />
    ) : (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={palette.background}
        stroke={palette.predicted}
        strokeWidth={2}
        strokeDasharray="6 4"
      />
    );
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
        className="chart__plot chart__plot--short"
        data={bars}
        marginRight={96}
        barCategoryGap="25%"
        ticks={ticks}
        largest={largest}
        axisLabel="makespan (ms)"
        tickFormatter={(value: number) => formatMs(value)}
        categoryWidth={96}
        palette={palette}
      >
        <Bar dataKey="ms" shape={shape} isAnimationActive={false}>
          <LabelList
            dataKey="ms"
            position="right"
            fill={palette.text}
            fontSize={CHART_FONT_PX + 3}
            fontWeight={600}
            formatter={(value) => (typeof value === 'number' ? `${formatMs(value)} ms` : '')}
          />
        </Bar>
      </HorizontalBarChart>
    </ChartFigure>
  );
}
