import type { Millis } from '../clock.ts';
import type { ExportableRun } from './exportableRun.ts';

/**
 * How finely exports write times, in ms. One rule for every exporter (JSON, CSV, HAR, Chrome
 * trace, the CLI's JSON), so a number reads the same in every file.
 *
 * - Live (measured) times are rounded to 0.1 ms: the browser's clock resolves 0.1 ms at best
 *   (Chrome coarsens its high-resolution clock to 100 µs on pages that are not cross-origin
 *   isolated), so more digits are float noise (`0.8999999999068677`), not information.
 * - Virtual (computed) times are exact. They are whole ms except the token bucket's `1000 / rate`
 *   fractions, which keep 3 decimals (µs): the same as before this rule, and enough to hide the
 *   noise of sums like 0.1 + 0.2. Whole ms come out unchanged in both.
 */
export const LIVE_TIME_STEP_MS = 0.1;
export const VIRTUAL_TIME_STEP_MS = 0.001;

/** The step of a run's times: 0.1 ms when they were measured, µs when they were computed. */
export function timeStepMsOf(run: { readonly simulated: boolean }): Millis {
  return run.simulated ? VIRTUAL_TIME_STEP_MS : LIVE_TIME_STEP_MS;
}

/**
 * `ms` rounded to a multiple of `stepMs` (which must be 1/k ms for a whole k: 0.1, 0.001, 1),
 * written without float noise: 0.8999999999068677 at 0.1 is 0.9. A whole number of ms comes out
 * exactly as it went in; non-finite numbers (NaN for a percentile of nothing) pass through.
 */
export function roundMs(ms: number, stepMs: Millis): number {
  if (!Number.isFinite(ms)) return ms;
  const perMs = Math.round(1 / stepMs);
  const rounded = Math.round(ms * perMs) / perMs;
  // -0 would print as 0 in JSON but "-0" nowhere else; keep one zero.
  return rounded === 0 ? 0 : rounded;
}

/** Field names that hold times: the project writes units in names, so every `…Ms` is ms. */
const isTimeKey = (key: string): boolean => key.endsWith('Ms');

/**
 * A copy of `value` (plain data: objects, arrays, numbers, strings) with every time rounded by
 * roundMs: the numbers of fields named `…Ms`, and every number inside such a field (the server's
 * `latencyMs: { p50, … }`). Other numbers (indices, counts, rates) are left alone. Pure; the
 * exporters pass their traces and documents through it, so no exporter rounds on its own.
 */
export function roundTimes<T>(value: T, stepMs: Millis): T {
  return roundedValue(value, false, stepMs) as T;
}

function roundedValue(value: unknown, isTime: boolean, stepMs: Millis): unknown {
  if (typeof value === 'number') return isTime ? roundMs(value, stepMs) : value;
  if (Array.isArray(value)) return value.map((item) => roundedValue(item, isTime, stepMs));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = roundedValue(field, isTime || isTimeKey(key), stepMs);
  }
  return copy;
}

/**
 * The run with every time of its trace, prediction and live details rounded to its step
 * (timeStepMsOf): what the exporters that derive values from times (a HAR's `blocked`, a CSV's
 * `queued_ms`, a slice's duration) start from, so a derived value agrees with the times beside
 * it (rounding a difference of rounded times only clears float noise).
 */
export function roundedRun(run: ExportableRun): ExportableRun {
  const stepMs = timeStepMsOf(run);
  return {
    ...run,
    trace: roundTimes(run.trace, stepMs),
    prediction: roundTimes(run.prediction, stepMs),
    live: roundTimes(run.live, stepMs),
  };
}
