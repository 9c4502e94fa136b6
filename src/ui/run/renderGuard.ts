import type { Millis } from '../../core/clock.ts';
import type { PlannedSend } from '../../core/live/liveTimeScale.ts';

/**
 * Wall ms before an answer is due in which a live run does not move its cursor. A move renders
 * the lab (React, layout, the timeline: 2-5 ms warm, 20-60 ms on a fresh page whose code is
 * still cold, measured in Chromium on 2 cores), and a hold timer that falls due during that
 * render releases its answer late: the first run of a fresh page paid most of its error there.
 * Skipping one move near a due instant costs the cursor one LIVE_FOLLOW_INTERVAL_MS step.
 */
export const RENDER_GUARD_WALL_MS: Millis = 40;

/**
 * Wall ms after a network run's answer is due in which its cursor does not move either. A live
 * run's answer is held until it is due (compensation), but a network answer arrives after its
 * due instant by the browser's round trip (5-15 ms measured here, more on a loaded machine):
 * a move just after the due instant rendered while the answer came in, and its handling waited.
 */
export const NETWORK_GUARD_AFTER_WALL_MS: Millis = 25;

/** When each send's answer is due, scenario ms from the run's start, ascending. */
export function dueInstantsMs(sends: readonly PlannedSend[]): Float64Array {
  return Float64Array.from(sends, (send) => send.atMs + send.latencyMs).sort();
}

/**
 * Whether an answer is due within [nowMs, nowMs + windowMs] (scenario ms), by binary search over
 * the ascending `dueMs`.
 */
export function dueWithin(dueMs: Float64Array, nowMs: Millis, windowMs: Millis): boolean {
  let low = 0;
  let high = dueMs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((dueMs[mid] as number) < nowMs) low = mid + 1;
    else high = mid;
  }
  return low < dueMs.length && (dueMs[low] as number) <= nowMs + windowMs;
}
