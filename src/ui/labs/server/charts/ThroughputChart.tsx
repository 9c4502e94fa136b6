import { useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ServerPrediction } from '../../../../core/server/predictServer.ts';
import { completedSteps } from '../../../../core/server/serverStats.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import { ChartFigure } from '../../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../../charts/ChartLegend.tsx';
import { niceTicks } from '../../../charts/niceTicks.ts';
import {
  countYAxisProps,
  cursorLine,
  gridProps,
  PLOT_MARGIN,
  timeAxisEndMs,
  timeTooltipProps,
  timeXAxisProps,
} from '../../../charts/timeChartParts.tsx';
import { formatCount } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import { formatRate } from '../../../../core/format/formatRate.ts';
import type { Palette } from '../../../palette.ts';
import { serverTimelineColours } from '../serverTimeline/serverTimelineColours.ts';
import { stepFunctionOf, stepSeries } from './stepSeries.ts';

export interface ThroughputChartProps {
  readonly trace: ServerTrace;
  readonly prediction: ServerPrediction | null;
  /** The cursor: measured completions after it are not drawn. */
  readonly nowMs: number;
  readonly axisEndMs: number;
  readonly palette: Palette;
}

const TITLE = 'Requests completed over time';

/**
 * Responses received so far, a step up per response: its slope is the throughput. The predicted
 * completions are drawn dashed over the whole axis, so the measured line can be seen to follow
 * (or lag) them.
 */
export function ThroughputChart(props: ThroughputChartProps) {
  const { trace, prediction, nowMs, axisEndMs, palette } = props;
  const measuredFn = useMemo(
    () => stepFunctionOf(completedSteps(trace.requests), (s) => s.completed),
    [trace],
  );
  const predictedFn = useMemo(() => {
    const ends = [...(prediction?.endedAtMs ?? [])].sort((a, b) => a - b);
    return { atMs: ends, value: ends.map((_, i) => i + 1) };
  }, [prediction]);
  const endMs = timeAxisEndMs(axisEndMs, nowMs);
  const shownMs = Math.min(Number.isFinite(nowMs) ? nowMs : endMs, endMs);
  const measured = useMemo(
    () => stepSeries({ completed: measuredFn }, shownMs),
    [measuredFn, shownMs],
  );
  const predicted = useMemo(
    () => (prediction === null ? null : stepSeries({ predicted: predictedFn }, endMs)),
    [prediction, predictedFn, endMs],
  );
  const total = trace.requests.length;
  const done = measured.points[measured.points.length - 1]?.['completed'] ?? 0;
  const perSec = shownMs > 0 ? (done * 1000) / shownMs : 0;
  const description =
    done === 0
      ? `No response yet, of ${formatCount(total)} requests.`
      : `${formatCount(done)} of ${formatCount(total)} responses by ${formatDuration(shownMs)}: ` +
        `${formatRate(perSec)} requests per second on average.`;
  const yTicks = niceTicks(Math.max(1, total), { intervals: 4, integer: true });
  const colour = serverTimelineColours(palette).served;
  return (
    <ChartFigure
      title={TITLE}
      description={description}
      legend={
        <ChartLegend
          items={[
            { label: 'measured', colour },
            ...(prediction === null
              ? []
              : [{ label: 'predicted', colour: palette.predicted, outlined: true }]),
          ]}
        />
      }
    >
      <ComposedChart
        responsive
        className="chart__plot"
        margin={PLOT_MARGIN}
        title={TITLE}
        desc={description}
      >
        <CartesianGrid {...gridProps(palette)} />
        <XAxis {...timeXAxisProps(endMs, palette)} />
        <YAxis {...countYAxisProps(yTicks, 'responses', palette)} />
        <Tooltip {...timeTooltipProps(palette)} />
        {predicted === null ? null : (
          <Line
            data={predicted.points}
            type="stepAfter"
            dataKey="predicted"
            name="predicted"
            stroke={palette.predicted}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        )}
        <Area
          data={measured.points}
          type="stepAfter"
          dataKey="completed"
          name="completed"
          stroke={colour}
          strokeWidth={2}
          fill={colour}
          fillOpacity={0.2}
          dot={false}
          isAnimationActive={false}
        />
        {cursorLine(nowMs, endMs, palette)}
      </ComposedChart>
    </ChartFigure>
  );
}
