import * as fc from 'fast-check';
import type { Latency } from '../latency.ts';
import * as L from '../limits.ts';
import { MODEL_NAMES, THROTTLE_KINDS } from '../modelSpec.ts';
import { ENGINE_NAMES, LAB_NAMES, TALK_CALLS, type CallSpec, type Scenario } from '../scenario.ts';
import { DEFAULT_SERVICE_NAMES, defaultServiceName, SERVICE_NAME_PATTERN } from '../services.ts';

/** Scenario generators and the limits checker shared by the URL codec's property tests. */
export const PARAMS =
  'lab model calls limit throttle cap window minTime burst rate work engine seed autorun speed compensate'.split(
    ' ',
  );

export const within = (value: number, range: L.NumberRange): boolean =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

export function isValidLatency(latency: Latency): boolean {
  const ms = L.LATENCY_RANGE_MS;
  if (latency.kind === 'fixed') return within(latency.ms, ms);
  if (latency.kind === 'uniform') {
    return within(latency.minMs, ms) && within(latency.maxMs, ms) && latency.minMs <= latency.maxMs;
  }
  return (
    within(latency.p50Ms, ms) &&
    within(latency.p99Ms, ms) &&
    latency.p50Ms > 0 &&
    latency.p50Ms <= latency.p99Ms
  );
}

/** Every limit of src/core/limits.ts, checked independently of the codec. */
export function isValidScenario(s: Scenario): boolean {
  return (
    LAB_NAMES.includes(s.lab) &&
    MODEL_NAMES.includes(s.model) &&
    THROTTLE_KINDS.includes(s.throttle) &&
    ENGINE_NAMES.includes(s.engine) &&
    s.calls.length <= L.MAX_CALLS &&
    s.calls.every((c) => SERVICE_NAME_PATTERN.test(c.service) && isValidLatency(c.latency)) &&
    (s.limit === null || within(s.limit, L.LIMIT_RANGE)) &&
    within(s.cap, L.CAP_RANGE) &&
    within(s.windowMs, L.WINDOW_RANGE_MS) &&
    within(s.minTimeMs, L.MIN_TIME_RANGE_MS) &&
    within(s.burst, L.BURST_RANGE) &&
    s.ratePerSec > 0 &&
    s.ratePerSec <= L.MAX_RATE_PER_SEC &&
    Math.abs(s.ratePerSec * 1e6 - Math.round(s.ratePerSec * 1e6)) < 1e-3 &&
    within(s.workMs, L.WORK_RANGE_MS) &&
    within(s.seed, L.SEED_RANGE) &&
    typeof s.autorun === 'boolean' &&
    typeof s.compensate === 'boolean' &&
    s.speed > 0 &&
    s.speed <= L.MAX_REPLAY_SPEED &&
    Number(s.speed.toFixed(2)) === s.speed &&
    (s.engine === 'virtual' || s.calls.length <= L.MAX_LIVE_CALLS)
  );
}

export const latencyMs = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.integer({ min: 0, max: L.LATENCY_RANGE_MS.max }),
);
export const latencies: fc.Arbitrary<Latency> = fc.oneof(
  latencyMs.map((ms): Latency => ({ kind: 'fixed', ms })),
  fc.tuple(latencyMs, latencyMs).map(([a, b]): Latency => ({
    kind: 'uniform',
    minMs: Math.min(a, b),
    maxMs: Math.max(a, b),
  })),
  fc.tuple(latencyMs, latencyMs).map(([a, b]): Latency => ({
    kind: 'lognormal',
    p50Ms: Math.max(1, Math.min(a, b)),
    p99Ms: Math.max(1, a, b),
  })),
);
/** Runs of repeated calls; a null service means "the default name at each index". */
export const callLists: fc.Arbitrary<CallSpec[]> = fc
  .array(
    fc.record({
      service: fc.option(
        fc.oneof(
          fc.constantFrom(...DEFAULT_SERVICE_NAMES),
          fc.stringMatching(SERVICE_NAME_PATTERN),
        ),
        { nil: null },
      ),
      latency: latencies,
      repeat: fc.integer({ min: 1, max: 6 }),
    }),
    { maxLength: 12 },
  )
  .map((runs) =>
    runs
      .flatMap((run) => Array.from({ length: run.repeat }, () => run))
      .slice(0, 30)
      .map((run, i) => ({ service: run.service ?? defaultServiceName(i), latency: run.latency })),
  );
export const wholeIn = (range: L.NumberRange): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(range.min, range.max), fc.integer(range));
export const rates = fc.oneof(
  wholeIn({ min: 1, max: L.MAX_RATE_PER_SEC }),
  fc
    .tuple(
      fc.integer({ min: 0, max: L.MAX_RATE_PER_SEC - 1 }),
      fc.integer({ min: 1, max: 999_999 }),
    )
    .map(([whole, millionths]) => Number(`${whole}.${String(millionths).padStart(6, '0')}`)),
);
export const scenarios: fc.Arbitrary<Scenario> = fc.record({
  lab: fc.constantFrom(...LAB_NAMES),
  model: fc.constantFrom(...MODEL_NAMES),
  calls: fc.oneof(callLists, fc.constant(TALK_CALLS)),
  limit: fc.option(wholeIn(L.LIMIT_RANGE), { nil: null }),
  throttle: fc.constantFrom(...THROTTLE_KINDS),
  cap: wholeIn(L.CAP_RANGE),
  windowMs: wholeIn(L.WINDOW_RANGE_MS),
  minTimeMs: wholeIn(L.MIN_TIME_RANGE_MS),
  burst: wholeIn(L.BURST_RANGE),
  ratePerSec: rates,
  workMs: wholeIn(L.WORK_RANGE_MS),
  engine: fc.constantFrom(...ENGINE_NAMES),
  seed: wholeIn(L.SEED_RANGE),
  autorun: fc.boolean(),
  speed: fc
    .integer({ min: 1, max: L.MAX_REPLAY_SPEED * 100 })
    .map((hundredths) => hundredths / 100),
  compensate: fc.boolean(),
});

/** Text that looks like a query: separators, escapes, digits, names and latency syntax. */
export const queryish = fc.string({
  unit: fc.oneof(
    fc.constantFrom('&', '=', '?', '%', '+', ',', ':', '*', '~', '-', '.', ' ', '%E0', '%A4', '%2'),
    fc.constantFrom(...PARAMS, ...LAB_NAMES, ...MODEL_NAMES, 'live', 'x'),
    fc.integer({ min: 0, max: 2_000_000 }).map(String),
  ),
  maxLength: 20,
});
