import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import type { Palette } from '../palette.ts';
import type { TimelineData } from '../timeline/index.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { clipInFlightSteps, inFlightStepsOf } from './inFlightSeries.ts';
import { niceTicks } from './niceTicks.ts';
import {
  countYAxisProps,
  cursorLine,
  gridProps,
  PLOT_MARGIN,
  timeAxisEndMs,
  timeTooltipProps,
  timeXAxisProps,
} from './timeChartParts.tsx';

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

// Requests on the wire, not calls started and not finished: a hedged call is two copies out at
// once, a call backing off between retries has none (the two peaks are in the numbers).
const TITLE = 'Requests on the wire';

/** How many requests (copies of calls) were on the wire at each instant: a step area up to the cursor. */
export function InFlightChart({ data, nowMs, axisEndMs, palette }: InFlightChartProps) {
  // Sorting the run's instants is the costly part: done once per data, not once per frame.
  const steps = useMemo(() => inFlightStepsOf(data), [data]);
  const series = useMemo(() => clipInFlightSteps(steps, nowMs), [steps, nowMs]);
  // A live run can outlast its prediction: the axis then follows the cursor, never cutting it off.
  const endMs = timeAxisEndMs(axisEndMs, nowMs);
  // The y scale comes from the whole run's peak, so it does not grow during a replay.
  const runPeak = useMemo(() => steps.inFlight.reduce((peak, n) => Math.max(peak, n), 0), [steps]);
  const yTicks = niceTicks(Math.max(1, runPeak), { intervals: 4, integer: true });
  let peak = 0;
  for (const point of series.points) peak = Math.max(peak, point.inFlight);
  const description =
    series.points.length === 0
      ? 'Nothing has run yet.'
      : `At most ${formatCount(peak)} ${peak === 1 ? 'request was' : 'requests were'} on the wire at once ` +
        '(retries and hedges count, a call waiting to retry does not), ' +
        `up to ${formatDuration(Math.min(nowMs, endMs))}.` +
        (series.bucketMs === null
          ? ''
          : ` Drawn as the most on the wire within each ${formatDuration(series.bucketMs)}, so no peak is lost.`);
  return (
    <ChartFigure title={TITLE} description={description}>
      <AreaChart
        responsive
        className="chart__plot"
        data={series.points}
        margin={PLOT_MARGIN}
        title={TITLE}
        desc={description}
      >
        <CartesianGrid {...gridProps(palette)} />
        <XAxis {...timeXAxisProps(endMs, palette)} />
        <YAxis {...countYAxisProps(yTicks, 'requests on the wire', palette)} />
        <Tooltip {...timeTooltipProps(palette)} />
        <Area
          type="stepAfter"
          dataKey="inFlight"
          name="requests on the wire"
          stroke={palette.text}
          strokeWidth={2}
          fill={palette.text}
          fillOpacity={0.14}
          dot={false}
          isAnimationActive={false}
        />
        {cursorLine(nowMs, endMs, palette)}
      </AreaChart>
    </ChartFigure>
  );
}
