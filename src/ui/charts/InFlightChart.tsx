import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMs, formatMsReadable } from '../numbers/formatMs.ts';
import type { Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/timelineData.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { axisTitle, tickStyle, tooltipStyles } from './chartStyle.ts';
import { clipInFlightSteps, inFlightStepsOf } from './inFlightSeries.ts';
import { niceTicks } from './niceTicks.ts';

export interface InFlightChartProps {
  readonly data: TimelineData;
  /** The cursor: nothing after it is drawn. */
  readonly nowMs: number;
  /**
   * The end of the time axis (the run's predicted makespan, say), so the axis does not rescale
   * as the cursor moves; a cursor past it (a late live run) extends the axis.
   */
  readonly axisEndMs: number;
  readonly palette: Palette;
}

const TITLE = 'Calls in flight';

/** How many calls were in flight at each instant: a step area up to the cursor. */
export function InFlightChart({ data, nowMs, axisEndMs, palette }: InFlightChartProps) {
  // Sorting the run's instants is the costly part: done once per data, not once per frame.
  const steps = useMemo(() => inFlightStepsOf(data), [data]);
  const series = useMemo(() => clipInFlightSteps(steps, nowMs), [steps, nowMs]);
  // A live run can outlast its prediction: the axis then follows the cursor, never cutting it off.
  const endMs = Math.max(1, axisEndMs, Number.isFinite(nowMs) ? nowMs : 0);
  // The y scale comes from the whole run's peak, so it does not grow during a replay.
  const runPeak = useMemo(() => steps.inFlight.reduce((peak, n) => Math.max(peak, n), 0), [steps]);
  const yTicks = niceTicks(Math.max(1, runPeak), { intervals: 4, integer: true });
  let peak = 0;
  for (const point of series.points) peak = Math.max(peak, point.inFlight);
  const description =
    series.points.length === 0
      ? 'Nothing has run yet.'
      : `At most ${peak} ${peak === 1 ? 'call was' : 'calls were'} in flight at once, ` +
        `up to ${formatMsReadable(Math.min(nowMs, endMs))} ms.` +
        (series.bucketMs === null
          ? ''
          : ` Drawn as the most in flight within each ${formatMs(series.bucketMs)} ms, so no peak is lost.`);
  const tooltip = tooltipStyles(palette);
  return (
    <ChartFigure title={TITLE} description={description}>
      <AreaChart
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
          label={axisTitle('calls in flight', palette, 'left')}
        />
        <Tooltip
          isAnimationActive={false}
          {...tooltip}
          labelFormatter={(label) =>
            typeof label === 'number' ? `at ${formatMs(label)} ms` : label
          }
        />
        <Area
          type="stepAfter"
          dataKey="inFlight"
          name="calls in flight"
          stroke={palette.text}
          strokeWidth={2}
          fill={palette.text}
          fillOpacity={0.14}
          dot={false}
          isAnimationActive={false}
        />
        {nowMs > 0 && nowMs < endMs ? (
          <ReferenceLine x={nowMs} stroke={palette.cursor} strokeWidth={2} />
        ) : null}
      </AreaChart>
    </ChartFigure>
  );
}
