import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  waitingAtClient,
  waitingAtServer,
  waitingAtUpstream,
} from '../../../../core/server/serverStats.ts';
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
import type { Palette } from '../../../palette.ts';
import { serverTimelineColours } from '../serverTimeline/serverTimelineColours.ts';
import { stepFunctionOf, stepSeries } from './stepSeries.ts';

export interface WaitingChartProps {
  readonly trace: ServerTrace;
  readonly nowMs: number;
  readonly axisEndMs: number;
  readonly palette: Palette;
}

const TITLE = 'Waiting over time';

/**
 * Where the load test queues: requests waiting at the client (for one of its C slots), at the
 * server (for a free worker), and upstream calls waiting for the upstream's capacity.
 */
export function WaitingChart({ trace, nowMs, axisEndMs, palette }: WaitingChartProps) {
  const fns = useMemo(
    () => ({
      client: stepFunctionOf(waitingAtClient(trace.requests), (s) => s.inFlight),
      server: stepFunctionOf(waitingAtServer(trace.requests), (s) => s.inFlight),
      upstream: stepFunctionOf(waitingAtUpstream(trace.calls), (s) => s.inFlight),
    }),
    [trace],
  );
  const peaks = useMemo(() => {
    const peakOf = (values: ArrayLike<number>): number => {
      let peak = 0;
      for (let k = 0; k < values.length; k += 1) peak = Math.max(peak, values[k] as number);
      return peak;
    };
    return {
      client: peakOf(fns.client.value),
      server: peakOf(fns.server.value),
      upstream: peakOf(fns.upstream.value),
    };
  }, [fns]);
  const endMs = timeAxisEndMs(axisEndMs, nowMs);
  const shownMs = Math.min(Number.isFinite(nowMs) ? nowMs : endMs, endMs);
  const series = useMemo(() => stepSeries(fns, shownMs), [fns, shownMs]);
  const colours = serverTimelineColours(palette);
  const lines = [
    { key: 'client', name: 'requests waiting at the client', colour: colours.atClient },
    { key: 'server', name: 'requests waiting at the server', colour: colours.atServer },
    {
      key: 'upstream',
      name: 'calls waiting at the upstream',
      colour: palette.services[2] ?? palette.text,
    },
  ] as const;
  const yTicks = niceTicks(Math.max(1, peaks.client, peaks.server, peaks.upstream), {
    intervals: 4,
    integer: true,
  });
  const description =
    `At most ${formatCount(peaks.client)} requests waited at the client, ${formatCount(peaks.server)} at the server, and ` +
    `${formatCount(peaks.upstream)} calls at the upstream.` +
    (series.bucketMs === null
      ? ''
      : ` Drawn as the most waiting within each ${formatDuration(series.bucketMs)}, so no peak is lost.`);
  return (
    <ChartFigure
      title={TITLE}
      description={description}
      legend={
        <ChartLegend items={lines.map((line) => ({ label: line.name, colour: line.colour }))} />
      }
    >
      <LineChart
        responsive
        className="chart__plot"
        data={series.points}
        margin={PLOT_MARGIN}
        title={TITLE}
        desc={description}
      >
        <CartesianGrid {...gridProps(palette)} />
        <XAxis {...timeXAxisProps(endMs, palette)} />
        <YAxis {...countYAxisProps(yTicks, 'waiting', palette)} />
        <Tooltip {...timeTooltipProps(palette)} />
        {lines.map((line) => (
          <Line
            key={line.key}
            type="stepAfter"
            dataKey={line.key}
            name={line.name}
            stroke={line.colour}
            strokeWidth={line.key === 'upstream' ? 2 : 3}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {cursorLine(nowMs, endMs, palette)}
      </LineChart>
    </ChartFigure>
  );
}
