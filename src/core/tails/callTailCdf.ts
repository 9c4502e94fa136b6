import type { Millis } from '../clock.ts';
import type { Latency } from '../latency.ts';
import { latencyCdf } from '../latencyCdf.ts';

/**
 * P(a call's time from send to answer <= t) for whole t, exact from its form (latencyCdf). With
 * a hedge at h (the copy sent at h while the first is out draws d1 independently), the call
 * takes D = d0 if d0 <= h, else min(d0, h + d1), so for t >= h:
 *   P(D <= t) = F(t) + (1 - F(t)) F(t - h)
 * (d0 > t already means d0 > h), and F(t) below h. Valid only where nothing fails (no faults,
 * no timeout): the conditions of repeatFanOut's direct path.
 */
export function callTailCdf(latency: Latency, hedgeMs: Millis | null, t: number): number {
  const first = latencyCdf(latency, t);
  if (hedgeMs === null || t < hedgeMs) return first;
  return first + (1 - first) * latencyCdf(latency, t - hedgeMs);
}
