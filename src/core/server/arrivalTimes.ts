import type { Millis } from '../clock.ts';
import { seededRandom } from '../seededRandom.ts';
import type { ServerSpec } from './serverSpec.ts';

/**
 * The arrivals' own stream key. Calls draw from (seed, request, index) with request < 100,000,
 * so (seed, ARRIVAL_STREAM_KEY) is never a call's stream: changing `arrivalRate` (or the number
 * of requests) never changes a call's draw, and changing the calls never moves an arrival.
 */
export const ARRIVAL_STREAM_KEY = 0xffff_ffff;

/**
 * Arrival times are rounded to the microsecond (0.001 ms, the overheads' finest step): every
 * time of a run is then a whole number of microseconds, so sums over a run (Little's law) can be
 * checked exactly in integers.
 */
const MICROSECONDS_PER_MS = 1000;

/**
 * When each request is due (DESIGN.md "Open arrivals"), in index order (non-decreasing).
 * `closed`: every request at t = 0, as hammer.py creates them. `open`: the points of a Poisson
 * process of `arrivalRatePerSec`: gap k is -ln(1 - u_k) / rate from the k-th uniform u_k of the
 * arrivals' stream. The uniforms do not depend on the rate, so doubling the rate halves every
 * arrival time (up to the microsecond rounding) and the run keeps its shape.
 */
export function arrivalTimesMs(server: ServerSpec, seed: number): Float64Array {
  const times = new Float64Array(server.requests);
  if (server.arrival === 'closed') return times;
  const random = seededRandom(seed, ARRIVAL_STREAM_KEY);
  const meanGapMs = 1000 / server.arrivalRatePerSec;
  let exactMs = 0;
  for (let r = 0; r < times.length; r += 1) {
    // The gaps add up unrounded; only the reported instant is rounded, so rounding never drifts.
    exactMs += -Math.log(1 - random()) * meanGapMs;
    times[r] = roundToStep(exactMs);
  }
  return times;
}

function roundToStep(ms: Millis): Millis {
  return Math.round(ms * MICROSECONDS_PER_MS) / MICROSECONDS_PER_MS;
}
