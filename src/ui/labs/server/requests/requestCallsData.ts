import type { Millis } from '../../../../core/clock.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import { type TimelineData, timelineDataFromTrace } from '../../../timeline/index.ts';

/** One request's calls, as the Fan-out timeline draws them, on the request's own clock. */
export interface RequestCalls {
  readonly data: TimelineData;
  /** Where the request's clock starts on the run's: the instant a worker took the request. */
  readonly offsetMs: Millis;
  /** From the worker taking it to its response. */
  readonly durationMs: Millis;
}

/**
 * Expands request `index` of a server run into its calls (and local work), shifted so that 0 is
 * the moment a worker took it: the fan-out inside one bar of the worker lanes. Null when the run
 * has no such request.
 */
export function requestCallsData(trace: ServerTrace, index: number): RequestCalls | null {
  const request = trace.requests[index];
  if (request === undefined) return null;
  const offsetMs = request.startedAtMs;
  const shift = (ms: Millis): Millis => ms - offsetMs;
  const calls = trace.calls
    .filter((span) => span.request === index)
    .map((span) => ({
      ...span,
      readyAtMs: shift(span.readyAtMs),
      startedAtMs: shift(span.startedAtMs),
      endedAtMs: shift(span.endedAtMs),
    }));
  const work = trace.work
    .filter((span) => span.request === index)
    .map((span) => ({
      ...span,
      startedAtMs: shift(span.startedAtMs),
      endedAtMs: shift(span.endedAtMs),
    }));
  const durationMs = request.endedAtMs - offsetMs;
  return {
    data: timelineDataFromTrace({ calls, work, makespanMs: durationMs }),
    offsetMs,
    durationMs,
  };
}
