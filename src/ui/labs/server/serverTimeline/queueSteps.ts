import { countSteps, type IntervalMs } from '../../../../core/server/serverStats.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';

/**
 * How many requests wait in a queue over time, as a step function: from atMs[k] on, count[k]
 * wait (until atMs[k + 1]). Typed arrays, so drawing it each frame allocates nothing. A request
 * whose end of waiting is still unknown (Infinity) keeps counting, so clipping at the cursor is
 * enough to show a live run's queues.
 */
export interface QueueSteps {
  readonly atMs: Float64Array;
  readonly count: Int32Array;
  /** The most that ever waited (scales the lane, so it does not rescale during a replay). */
  readonly peak: number;
}

function stepsOf(intervals: Iterable<IntervalMs>): QueueSteps {
  const steps = countSteps(intervals);
  let peak = 0;
  for (const step of steps) peak = Math.max(peak, step.inFlight);
  return {
    atMs: Float64Array.from(steps, (s) => s.atMs),
    count: Int32Array.from(steps, (s) => s.inFlight),
    peak,
  };
}

function* intervalsOf(
  count: number,
  from: (i: number) => number,
  to: (i: number) => number,
): Iterable<IntervalMs> {
  for (let i = 0; i < count; i += 1) yield [from(i), to(i)];
}

/** The two queues of the load test: at the client (due, not sent), at the server (sent, not taken). */
export interface ServerQueues {
  readonly client: QueueSteps;
  readonly server: QueueSteps;
}

/** O(requests log requests): compute once per data version, not per frame. */
export function serverQueuesOf(data: ServerTimelineData): ServerQueues {
  const { intendedAtMs, sentAtMs, startedAtMs } = data;
  return {
    client: stepsOf(
      intervalsOf(
        data.count,
        (i) => intendedAtMs[i] as number,
        (i) => sentAtMs[i] as number,
      ),
    ),
    server: stepsOf(
      intervalsOf(
        data.count,
        (i) => sentAtMs[i] as number,
        (i) => startedAtMs[i] as number,
      ),
    ),
  };
}

/** How many wait at `atMs` (0 before the first step). Binary search. */
export function queueAt(steps: QueueSteps, atMs: number): number {
  let lo = 0;
  let hi = steps.atMs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((steps.atMs[mid] as number) <= atMs) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (steps.count[lo - 1] as number);
}

/**
 * The queue's count per device-pixel column over [0, nowMs], as the *maximum* within each column
 * (a short burst is never averaged away), written into `out` (index 0 is `leftDevPx`). Columns
 * after the cursor stay 0. O(steps + columns).
 */
export function queueColumns(
  steps: QueueSteps,
  nowMs: number,
  zeroDevPx: number,
  devPxPerMs: number,
  leftDevPx: number,
  out: Float32Array,
): void {
  out.fill(0);
  const n = steps.atMs.length;
  for (let k = 0; k < n; k += 1) {
    const fromMs = steps.atMs[k] as number;
    if (fromMs >= nowMs) break;
    const count = steps.count[k] as number;
    if (count === 0) continue;
    const toMs = Math.min(k + 1 < n ? (steps.atMs[k + 1] as number) : Infinity, nowMs);
    const x0 = Math.max(0, Math.floor(zeroDevPx + fromMs * devPxPerMs) - leftDevPx);
    const endPx = zeroDevPx + toMs * devPxPerMs - leftDevPx;
    const x1 = Math.min(out.length, Number.isFinite(endPx) ? Math.ceil(endPx) : out.length);
    for (let x = x0; x < Math.max(x1, x0 + 1) && x < out.length; x += 1) {
      if ((out[x] as number) < count) out[x] = count;
    }
  }
}
