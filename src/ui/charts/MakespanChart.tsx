import { useMemo } from 'react';
import { Bar, Rectangle, type BarShapeProps } from 'recharts';
import { durationAxis } from '../../core/format/durationAxis.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import type { Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/index.ts';
import { BarValueLabel } from './BarValueLabel.tsx';
import { CHART_FONT_PX } from './chartStyle.ts';
import { HorizontalBarChart } from './HorizontalBarChart.tsx';
import { makespanSeries } from './makespanSeries.ts';
import { measuredPredictedLegend } from './measuredPredictedLegend.ts';
import { niceTicks } from './niceTicks.ts';

export interface MakespanChartProps {
  readonly data: TimelineData;
  readonly nowMs: number;
  /** The closed-form prediction for the same drawn latencies; null when there is none. */
  readonly predictedMs: number | null;
  readonly palette: Palette;
}

const TITLE = 'Makespan: measured and predicted';

const msText = (ms: number | null): string => (ms === null ? '—' : formatDuration(ms));

/**
 * Two bars: the measured makespan (time so far while the run goes) and the prediction, when
 * there is one. The
 * measured bar is solid, the predicted one a dashed outline, as predictions are drawn elsewhere.
 */
export function MakespanChart({ data, nowMs, predictedMs, palette }: MakespanChartProps) {
  const bars = useMemo(() => makespanSeries(data, nowMs, predictedMs), [data, nowMs, predictedMs]);
  const [measured, predicted] = bars;
  const largest = Math.max(1, measured?.ms ?? 0, predicted?.ms ?? 0);
  const ticks = niceTicks(largest, { intervals: 4 });
  // One unit along the axis, the one its longest bar is written in (as on the bar labels).
  const axis = durationAxis(largest);
  const description =
    `${measured?.label ?? 'Measured'}: ${msText(measured?.ms ?? null)}. ` +
    `Predicted: ${msText(predicted?.ms ?? null)}.`;
  // One Bar with two looks: the first row (measured) solid, the second (predicted) outlined.
  const shape = (props: BarShapeProps) => (
    <Rectangle
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      {...(props.index === 0
        ? { fill: palette.text }
        : {
            fill: palette.background,
            stroke: palette.predicted,
            strokeWidth: 2,
            strokeDasharray: '6 4',
          })}
    />
  );
  return (
    <HorizontalBarChart
      title={TITLE}
      description={description}
      // Only what is drawn: without a prediction there is no dashed bar to explain.
      legend={measuredPredictedLegend(palette).slice(0, predicted ? 2 : 1)}
      className="chart__plot chart__plot--short"
      data={bars}
      marginRight={96}
      barCategoryGap="25%"
      ticks={ticks}
      largest={largest}
      axisLabel={`makespan (${axis.unit})`}
      tickFormatter={axis.tick}
      categoryWidth={96}
      palette={palette}
    >
      <Bar dataKey="ms" shape={shape} isAnimationActive={false}>
        <BarValueLabel
          dataKey="ms"
          fill={palette.text}
          bold
          fontSize={CHART_FONT_PX + 3}
          formatter={(value) => (typeof value === 'number' ? formatDuration(value) : '')}
        />
      </Bar>
    </HorizontalBarChart>
  );
}
