import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import {
  waitingAtClient,
  waitingAtServer,
  waitingAtUpstream,
} from '../../../core/server/serverStats.ts';
import type { ServerTrace } from '../../../core/server/serverTrace.ts';
import { ChartFigure } from '../../charts/ChartFigure.tsx';
import { ChartLegend } from '../../charts/ChartLegend.tsx';
import { axisTitle, tickStyle, tooltipStyles } from '../../charts/chartStyle.ts';
import { niceTicks } from '../../charts/niceTicks.ts';
import { formatMs, formatMsReadable } from '../../numbers/formatMs.ts';
import type { Palette } from '../../palette.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';
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
  const endMs = Math.max(1, axisEndMs, Number.isFinite(nowMs) ? nowMs : 0);
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
    `At most ${peaks.client} requests waited at the client, ${peaks.server} at the server, and ` +
    `${peaks.upstream} calls at the upstream.` +
    (series.bucketMs === null
      ? ''
      : ` Drawn as the most waiting within each ${formatMsReadable(series.bucketMs)} ms, so no peak is lost.`);
  const tooltip = tooltipStyles(palette);
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
          label={axisTitle('waiting', palette, 'left')}
        />
        <Tooltip
          isAnimationActive={false}
          {...tooltip}
          labelFormatter={(label) =>
            typeof label === 'number' ? `at ${formatMs(label)} ms` : label
          }
        />
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
        {nowMs > 0 && nowMs < endMs ? (
          <ReferenceLine x={nowMs} stroke={palette.cursor} strokeWidth={2} />
        ) : null}
      </LineChart>
    </ChartFigure>
  );
}
