import type { Millis } from '../../core/clock.ts';
import type { ServerTrace } from '../../core/server/serverTrace.ts';

/**
 * Above this many mocked requests per wall second a live run's timings stop being honest
 * (DESIGN.md "Browser facts": one page answers 400-470 at most, each costing ~1.2 ms of main
 * thread, and 20 requests x 4 calls at once stayed within 3-4% of ideal while 200 x 4 ran 1.5x
 * slow). Well under the ceiling, so the mocks' own work stays a small share of the thread.
 */
export const HONEST_MOCKED_RATE_PER_SEC = 100;

/**
 * The instants (experiment ms, ascending) at which a server run sends a mocked request: each
 * client request to the app, and each upstream call the moment the upstream takes it (after its
 * overhead and any wait for capacity, which is when the app's fetch goes out).
 */
export function mockedRequestInstantsMs(trace: ServerTrace): Float64Array {
  const instants = new Float64Array(trace.requests.length + trace.calls.length);
  let next = 0;
  for (const request of trace.requests) instants[next++] = request.sentAtMs;
  for (const call of trace.calls) instants[next++] = call.upstreamStartedAtMs;
  return instants.sort();
}

/**
 * The most mocked requests sent within any one wall second, at `timeScale` (experiment ms per
 * wall ms): the densest half-open window of `1000 x timeScale` experiment ms over `instantsMs`.
 */
export function peakMockedRatePerSec(instantsMs: Float64Array, timeScale: number): number {
  const windowMs = 1000 * timeScale;
  let peak = 0;
  let first = 0;
  for (let last = 0; last < instantsMs.length; last += 1) {
    while ((instantsMs[last] as number) - (instantsMs[first] as number) >= windowMs) first += 1;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

/**
 * The largest time scale at which no wall second holds more than `ratePerSec` mocked requests:
 * rate(scale) grows with the scale (a larger scale squeezes the instants together), and more
 * than `ratePerSec` fit into one window exactly when some `ratePerSec + 1` consecutive instants
 * span less than it, so the answer is the narrowest such span / 1000. Infinity when the run
 * sends no more than `ratePerSec` in all; 0 when more than that go out at the same instant (no
 * time scale helps then).
 */
export function maxHonestTimeScale(
  instantsMs: Float64Array,
  ratePerSec = HONEST_MOCKED_RATE_PER_SEC,
): number {
  let narrowestMs: Millis = Infinity;
  for (let i = 0; i + ratePerSec < instantsMs.length; i += 1) {
    narrowestMs = Math.min(
      narrowestMs,
      (instantsMs[i + ratePerSec] as number) - (instantsMs[i] as number),
    );
  }
  return narrowestMs / 1000;
}

/**
 * Main-thread time the page spends on one mocked request, in wall ms (DESIGN.md "Browser
 * facts": about 1.2 ms each, which is why one page tops out near 400-470 a second).
 */
export const MOCKED_REQUEST_CPU_MS = 1.2;

/** The share of a run's makespan that a burst's wait may cost before a note suggests a scale. */
export const BURST_COST_SHARE = 0.05;

/** The most instants at one and the same time: a burst the page must answer all at once. */
export function largestBurst(instantsMs: Float64Array): number {
  let largest = 0;
  let from = 0;
  for (let i = 0; i < instantsMs.length; i += 1) {
    if (instantsMs[i] !== instantsMs[from]) from = i;
    largest = Math.max(largest, i - from + 1);
  }
  return largest;
}

/**
 * The sentence for a run whose intended load (its virtual trace) exceeds the honest rate at
 * `timeScale`, or null when it does not.
 *
 * More than the honest rate at a single instant (the talk's gevent rows send 250 at t = 0) is
 * a burst that no time scale spreads out; the page then needs about `burst x 1.2` wall ms to
 * answer it, which the time scale turns into experiment time. So a *smaller* scale still helps
 * (measured in Chromium, talk-gevent-100: +50% at x1, +25% at x0.5, +10% at x0.2), and the note
 * suggests the scale that keeps that wait under BURST_COST_SHARE of the run.
 */
export function mockedRateNote(trace: ServerTrace, timeScale: number): string | null {
  const instantsMs = mockedRequestInstantsMs(trace);
  const peak = peakMockedRatePerSec(instantsMs, timeScale);
  if (peak <= HONEST_MOCKED_RATE_PER_SEC) return null;
  const load =
    `This run sends up to ${peak} mocked requests (app requests and upstream calls) within one ` +
    `second at time scale ${timeScale}, and the page answers each on its main thread: above ` +
    `about ${HONEST_MOCKED_RATE_PER_SEC} a second the mocks fall behind and times stretch.`;
  const bestScale = maxHonestTimeScale(instantsMs);
  if (bestScale > 0) return `${load} Try a time scale of ${roundDownNicely(bestScale)} or less.`;
  const burst = largestBurst(instantsMs);
  const waitWallMs = burst * MOCKED_REQUEST_CPU_MS;
  const burstScale = (BURST_COST_SHARE * trace.makespanMs) / waitWallMs;
  const advice =
    burstScale < timeScale
      ? `A time scale of ${roundDownNicely(burstScale)} or less keeps that under ` +
        `${100 * BURST_COST_SHARE}% of the run; fewer requests or a lower client concurrency ` +
        'avoid it.'
      : 'Fewer requests or a lower client concurrency avoid it.';
  return (
    `${load} ${burst} of them go out at the same instant, which no time scale spreads out: ` +
    `the page needs about ${Math.round(waitWallMs)} ms to answer them, which costs that much ` +
    `times the time scale in experiment time. ${advice}`
  );
}

/** `value` rounded down to two significant digits (0.1234 -> 0.12, 37.9 -> 37), for a note. */
function roundDownNicely(value: number): number {
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Number((Math.floor(value / step) * step).toPrecision(2));
}
