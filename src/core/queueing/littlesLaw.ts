import type { Millis } from '../clock.ts';
import type { RequestSpan } from '../server/serverTrace.ts';

/**
 * The law is counted in whole microseconds: arrivals are whole µs (arrivalTimes.ts) and so are
 * the latencies drawn in whole ms, but a token bucket's refill need not be (1000/3 ms at 3 a
 * second), so each instant is rounded to the µs first. Both sides then sum the same rounded
 * instants, so they are equal exactly; the window is within half a µs of the run's makespan.
 */
const MICROSECONDS_PER_MS = 1000;
const micros = (ms: Millis): number => Math.round(ms * MICROSECONDS_PER_MS);

/**
 * Little's law over a run's own window [0, T], T = the last response (DESIGN.md "Theory the
 * engine must meet"): a request is in the system from when it was due to its response. Both
 * sides are computed independently: the area under the count of requests in the system (a sweep
 * over its steps) and the sum of the requests' latencies. Both are sums of whole microseconds
 * (instants rounded to the µs, see above),
 * exact in doubles below 2^53 µs² (a million requests of ten minutes each fit), so on every run
 * `areaMsTimesRequests === sumOfLatenciesMs` holds exactly, and with it L = λ x W.
 */
export interface LittlesLaw {
  /** T: the window, from 0 to the last response (ms). */
  readonly windowMs: Millis;
  /** The integral over [0, T] of the number of requests in the system (request x ms). */
  readonly areaMsTimesRequests: number;
  /** The sum of every request's latency (ms): the other side of the law. */
  readonly sumOfLatenciesMs: Millis;
  /** L: the time-average number of requests in the system over [0, T]. */
  readonly timeAverageInSystem: number;
  /** λ: requests completed per second over [0, T] (N / T). */
  readonly throughputPerSec: number;
  /** W: the mean latency (response - due), ms. */
  readonly meanLatencyMs: Millis;
  /** λ x W, in requests: equal to L. */
  readonly throughputTimesLatency: number;
}

/** Little's law for `requests` over [0, last response]; null when the run took no time. */
export function littlesLaw(requests: readonly RequestSpan[]): LittlesLaw | null {
  const n = requests.length;
  // Events in µs: +1 when due, -1 at the response. Sorted by time, the count between two
  // consecutive instants is constant; ties need no order because only the area is summed.
  const atUs = new Float64Array(2 * n);
  const delta = new Int8Array(2 * n);
  let endUs = 0;
  let sumUs = 0;
  for (let i = 0; i < n; i += 1) {
    const r = requests[i] as RequestSpan;
    const fromUs = micros(r.intendedAtMs);
    const toUs = micros(r.endedAtMs);
    atUs[2 * i] = fromUs;
    delta[2 * i] = 1;
    atUs[2 * i + 1] = toUs;
    delta[2 * i + 1] = -1;
    sumUs += toUs - fromUs;
    endUs = Math.max(endUs, toUs);
  }
  if (endUs === 0) return null;
  const order = Uint32Array.from({ length: 2 * n }, (_, k) => k).sort(
    (a, b) => (atUs[a] as number) - (atUs[b] as number),
  );
  let areaUs = 0;
  let inSystem = 0;
  let previousUs = 0;
  for (const k of order) {
    const at = atUs[k] as number;
    areaUs += inSystem * (at - previousUs);
    previousUs = at;
    inSystem += delta[k] as number;
  }
  const windowMs = endUs / MICROSECONDS_PER_MS;
  const areaMsTimesRequests = areaUs / MICROSECONDS_PER_MS;
  const sumOfLatenciesMs = sumUs / MICROSECONDS_PER_MS;
  const throughputPerSec = (n * 1000) / windowMs;
  const meanLatencyMs = sumOfLatenciesMs / n;
  return {
    windowMs,
    areaMsTimesRequests,
    sumOfLatenciesMs,
    timeAverageInSystem: areaMsTimesRequests / windowMs,
    throughputPerSec,
    meanLatencyMs,
    throughputTimesLatency: (throughputPerSec * meanLatencyMs) / 1000,
  };
}
