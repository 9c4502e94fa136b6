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
