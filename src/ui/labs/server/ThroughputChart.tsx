import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ServerPrediction } from '../../../core/server/predictServer.ts';
import { completedSteps } from '../../../core/server/serverStats.ts';
import type { ServerTrace } from '../../../core/server/serverTrace.ts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { axisTitle, tickStyle, tooltipStyles } from '../../charts/chartStyle.ts';
import { niceTicks } from '../../charts/niceTicks.ts';
import { formatMs, formatMsReadable } from '../../numbers/formatMs.ts';
import type { Palette } from '../../palette.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';
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
  const endMs = Math.max(1, axisEndMs, Number.isFinite(nowMs) ? nowMs : 0);
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
      ? `No response yet, of ${total} requests.`
      : `${done} of ${total} responses by ${formatMsReadable(shownMs)} ms: ` +
        `${perSec.toFixed(1)} requests per second on average.`;
  const yTicks = niceTicks(Math.max(1, total), { intervals: 4, integer: true });
  const colour = serverTimelineColours(palette).served;
  const tooltip = tooltipStyles(palette);
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
        margin={{ top: 8, right: 16, bottom: 20, left: 8 }}
        title={TITLE}
        desc={description}
      >
        <CartesianGrid stroke={palette.grid} vertical={false} />
        <XAxis
          dataKey="tMs"
          type="number"
          domain={[0, endMs]}
          ticks={niceTicks(endMs, { cover: false })}
          allowDataOverflow
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          tickFormatter={(value: number) => formatMs(value)}
          label={axisTitle('time (ms)', palette, 'bottom')}
        />
        <YAxis
          allowDecimals={false}
          domain={[0, yTicks[yTicks.length - 1] ?? 1]}
          ticks={yTicks}
          tick={tickStyle(palette)}
          stroke={palette.mutedText}
          width="auto"
          label={axisTitle('responses', palette, 'left')}
        />
        <Tooltip
          isAnimationActive={false}
          {...tooltip}
          labelFormatter={(label) =>
            typeof label === 'number' ? `at ${formatMs(label)} ms` : label
          }
        />
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
        {nowMs > 0 && nowMs < endMs ? (
          <ReferenceLine x={nowMs} stroke={palette.cursor} strokeWidth={2} />
        ) : null}
      </ComposedChart>
    </ChartFigure>
  );
}
