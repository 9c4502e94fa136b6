import type { Millis } from '../../core/clock.ts';
import type { ServerTrace } from '../../core/server/serverTrace.ts';

/**
 * The share of the shortest upstream call's wall latency a server run asks its answers early
 * by, at least. A held answer costs nothing but memory (the transport releases it exactly when
 * its latency has passed), and answering early moves the page's work for it away from the due
 * instant, when the calls of a burst come back together. Measured, talk-gevent-50 at 50x slower
 * on a loaded machine (load 7 on 2 cores): with the planner's 465 ms margin, 199 of 200 calls
 * came back up to 685 ms after it.
 */
export const HELD_SHARE = 0.5;

/**
 * The compensation margin of a live server run, wall ms: the calibration's and the plan's,
 * raised to HELD_SHARE of the shortest call's wall latency in the virtual run `virtual`.
 */
export function serverCompensationMs(
  calibrationMarginMs: Millis,
  planMarginMs: Millis,
  virtual: ServerTrace,
  timeScale: number,
): Millis {
  let shortestMs = Infinity;
  for (const call of virtual.calls) {
    shortestMs = Math.min(shortestMs, call.endedAtMs - call.upstreamStartedAtMs);
  }
  const heldMs = Number.isFinite(shortestMs) ? (HELD_SHARE * shortestMs) / timeScale : 0;
  return Math.max(calibrationMarginMs, planMarginMs, heldMs);
}
