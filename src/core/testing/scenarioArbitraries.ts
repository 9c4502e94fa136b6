import * as fc from 'fast-check';
import { ANY_SERVICE, rateFor } from '../faults/faultSettings.ts';
import type { Latency } from '../latency.ts';
import { JITTER_KINDS, RETRY_SLOT_KINDS, SETTLE_KINDS } from '../policy/callPolicy.ts';
import { flattenScenario, nestScenario, type FlatScenario } from './flattenScenario.ts';
import * as L from '../limits.ts';
import { MODEL_NAMES, THROTTLE_KINDS } from '../modelSpec.ts';
import { parseOrigin } from '../originParam.ts';
import { COMPARE_BY_NAMES, CONNECTION_REUSE_NAMES, PROTOCOL_NAMES } from '../runSettings.ts';
import {
  ENGINE_NAMES,
  LAB_NAMES,
  TALK_CALLS,
  THEME_NAMES,
  type CallSpec,
  type Scenario,
} from '../scenario.ts';
import { ARRIVAL_NAMES } from '../server/serverSpec.ts';
import { TALK_PRESET_NAMES } from '../server/talkPresetNames.ts';
import { applyPreset } from '../server/talkPresets.ts';
import { DEFAULT_SERVICE_NAMES, defaultServiceName, SERVICE_NAME_PATTERN } from '../services.ts';

/** Scenario generators and the limits checker shared by the URL codec's property tests. */
export const PARAMS = [
  'lab preset model calls limit throttle cap window minTime burst rate work',
  'requests concurrency processes threads greenlets upstreamCap callOverhead requestOverhead arrival arrivalRate',
  'engine seed autorun speed compensate protocol connections connection setup compare repeat',
  'error hang busy retryAfter hangFor timeout retries backoff maxBackoff jitter retrySlot settle cancel hedge',
  'embed controls still theme origin',
]
  .join(' ')
  .split(' ');

export const within = (value: number, range: L.NumberRange): boolean =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

export function isValidLatency(latency: Latency): boolean {
  const ms = L.LATENCY_RANGE_MS;
  if (latency.kind === 'fixed') return within(latency.ms, ms);
  if (latency.kind === 'uniform') {
    return within(latency.minMs, ms) && within(latency.maxMs, ms) && latency.minMs <= latency.maxMs;
  }
  if (latency.kind === 'exponential') return within(latency.meanMs, ms);
  if (latency.kind === 'rare') {
    const pct = latency.slowPercent;
    const hundredths = Math.round(pct * 100);
    return (
      within(latency.ms, ms) &&
      within(latency.slowMs, ms) &&
      pct > L.SLOW_PERCENT_RANGE.above &&
      pct <= L.SLOW_PERCENT_RANGE.max &&
      Math.abs(hundredths / 100 - pct) < 1e-9
    );
  }
  return (
    within(latency.p50Ms, ms) &&
    within(latency.p99Ms, ms) &&
    latency.p50Ms > 0 &&
    latency.p50Ms <= latency.p99Ms
  );
}

/** Every limit of src/core/limits.ts, checked independently of the codec. */
export function isValidScenario(scenario: Scenario): boolean {
  const s = flattenScenario(scenario);
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
    within(s.repeat, L.REPEAT_RANGE) &&
    typeof s.autorun === 'boolean' &&
    typeof s.compensate === 'boolean' &&
    s.speed > 0 &&
    s.speed <= L.MAX_REPLAY_SPEED &&
    Number(s.speed.toFixed(2)) === s.speed &&
    (s.engine === 'virtual' || s.calls.length <= L.MAX_LIVE_CALLS) &&
    PROTOCOL_NAMES.includes(s.protocol) &&
    COMPARE_BY_NAMES.includes(s.compareBy) &&
    CONNECTION_REUSE_NAMES.includes(s.connection) &&
    within(s.setupMs, L.SETUP_RANGE_MS) &&
    (s.connections === null || within(s.connections, L.CONNECTIONS_RANGE)) &&
    isValidServer(scenario) &&
    isValidFaults(scenario) &&
    isWithinCopyLimits(scenario) &&
    isValidPresentation(scenario)
  );
}

/**
 * The worst case of copies (calls x (1 + retries that can fire) x 2 with a hedge) within
 * MAX_COPIES, and within MAX_LIVE_COPIES on the live engine; the Server lab has no faults.
 */
function isWithinCopyLimits(scenario: Scenario): boolean {
  const s = flattenScenario(scenario);
  if (s.lab === 'server') return true;
  const canFail =
    s.timeoutMs !== null ||
    [...s.errorRates, ...s.hangRates, ...s.busyRates].some((rate) => rate.pct > 0);
  const copies = s.calls.length * (1 + (canFail ? s.retries : 0)) * (s.hedgeMs === null ? 1 : 2);
  return copies <= (s.engine === 'virtual' ? L.MAX_COPIES : L.MAX_LIVE_COPIES);
}

/** Fault rates and the call policy (docs/faults.md), with each service's rates adding to <= 100. */
function isValidFaults(scenario: Scenario): boolean {
  const s = flattenScenario(scenario);
  const lists = [s.errorRates, s.hangRates, s.busyRates];
  const listsOk = lists.every(
    (list) =>
      list.length <= L.MAX_RATE_LIST_ENTRIES &&
      new Set(list.map((rate) => rate.service)).size === list.length &&
      list.every(
        (rate) =>
          within(rate.pct, L.FAULT_PCT_RANGE) &&
          (rate.service === ANY_SERVICE || SERVICE_NAME_PATTERN.test(rate.service)),
      ),
  );
  const services = [ANY_SERVICE, ...lists.flat().map((rate) => rate.service)];
  const sumsOk = services.every(
    (service) =>
      rateFor(s.errorRates, service) +
        rateFor(s.hangRates, service) +
        rateFor(s.busyRates, service) <=
      100,
  );
  const delayOk = (ms: number | null) => ms === null || within(ms, L.POLICY_DELAY_RANGE_MS);
  return (
    listsOk &&
    sumsOk &&
    within(s.retryAfterS, L.RETRY_AFTER_RANGE_S) &&
    within(s.hangForMs, L.HANG_FOR_RANGE_MS) &&
    delayOk(s.timeoutMs) &&
    delayOk(s.hedgeMs) &&
    within(s.retries, L.RETRIES_RANGE) &&
    within(s.backoffMs, L.BACKOFF_RANGE_MS) &&
    within(s.maxBackoffMs, L.MAX_BACKOFF_RANGE_MS) &&
    JITTER_KINDS.includes(s.jitter) &&
    RETRY_SLOT_KINDS.includes(s.retrySlot) &&
    SETTLE_KINDS.includes(s.settle) &&
    typeof s.cancelOnFailure === 'boolean'
  );
}

/** The presenting fields: flags, a theme, and an origin in the browser's own serialisation. */
function isValidPresentation(scenario: Scenario): boolean {
  const s = flattenScenario(scenario);
  return (
    typeof s.embed === 'boolean' &&
    typeof s.controls === 'boolean' &&
    typeof s.still === 'boolean' &&
    THEME_NAMES.includes(s.theme) &&
    (s.origin === null || s.origin === new URL(s.origin).origin)
  );
}

const isOverheadMs = (ms: number): boolean =>
  ms >= L.OVERHEAD_RANGE_MS.min &&
  ms <= L.OVERHEAD_RANGE_MS.max &&
  Number(ms.toFixed(L.OVERHEAD_DECIMAL_PLACES)) === ms;

/** The Server lab's fields, and its cap on requests x calls. */
function isValidServer(scenario: Scenario): boolean {
  const s = flattenScenario(scenario);
  return (
    within(s.requests, L.REQUESTS_RANGE) &&
    within(s.concurrency, L.CONCURRENCY_RANGE) &&
    within(s.processes, L.PROCESSES_RANGE) &&
    within(s.threads, L.THREADS_RANGE) &&
    (s.greenlets === null || within(s.greenlets, L.GREENLETS_RANGE)) &&
    (s.upstreamCap === null || within(s.upstreamCap, L.UPSTREAM_CAP_RANGE)) &&
    isOverheadMs(s.callOverheadMs) &&
    isOverheadMs(s.requestOverheadMs) &&
    ARRIVAL_NAMES.includes(s.arrival) &&
    s.arrivalRatePerSec >= L.ARRIVAL_RATE_RANGE_PER_SEC.min &&
    s.arrivalRatePerSec <= L.ARRIVAL_RATE_RANGE_PER_SEC.max &&
    Number(s.arrivalRatePerSec.toFixed(L.ARRIVAL_RATE_DECIMAL_PLACES)) === s.arrivalRatePerSec &&
    (s.preset === null || TALK_PRESET_NAMES.includes(s.preset)) &&
    (s.lab !== 'server' || s.requests * s.calls.length <= L.MAX_SERVER_CALLS)
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
  latencyMs.map((meanMs): Latency => ({ kind: 'exponential', meanMs })),
  fc
    .tuple(latencyMs, latencyMs, fc.integer({ min: 1, max: 10_000 }))
    .map(([ms, slowMs, hundredths]): Latency => ({
      kind: 'rare',
      ms,
      slowMs,
      slowPercent: hundredths / 100,
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
/** Overheads in ms: whole, or with up to 3 decimals. */
export const overheadsMs = fc.oneof(
  wholeIn(L.OVERHEAD_RANGE_MS),
  fc.integer({ min: 0, max: L.OVERHEAD_RANGE_MS.max * 1000 }).map((micros) => micros / 1000),
);
const serverFields = {
  requests: wholeIn(L.REQUESTS_RANGE),
  concurrency: wholeIn(L.CONCURRENCY_RANGE),
  processes: wholeIn(L.PROCESSES_RANGE),
  threads: wholeIn(L.THREADS_RANGE),
  greenlets: fc.option(wholeIn(L.GREENLETS_RANGE), { nil: null }),
  upstreamCap: fc.option(wholeIn(L.UPSTREAM_CAP_RANGE), { nil: null }),
  callOverheadMs: overheadsMs,
  requestOverheadMs: overheadsMs,
  arrival: fc.constantFrom(...ARRIVAL_NAMES),
  arrivalRatePerSec: fc
    .integer({
      min: L.ARRIVAL_RATE_RANGE_PER_SEC.min * 1000,
      max: L.ARRIVAL_RATE_RANGE_PER_SEC.max * 1000,
    })
    .map((thousandths) => thousandths / 1000),
};
/**
 * Parent origins as `URL.origin` writes them: http or https, a domain or an IPv4 address, an
 * optional port (a default port is dropped, as the browser does).
 */
export const origins: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.oneof(fc.domain(), fc.ipV4(), fc.constant('localhost')),
    fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: null }),
  )
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`)
  .filter((text) => parseOrigin(text).ok)
  .map((text) => new URL(text).origin);
/** Rate lists whose rates (0-33 %) always add up to at most 100 % per service. */
const rateLists = fc.uniqueArray(
  fc.record({
    service: fc.oneof(fc.constant(ANY_SERVICE), fc.constantFrom(...DEFAULT_SERVICE_NAMES)),
    pct: fc.integer({ min: 0, max: 33 }),
  }),
  { selector: (rate) => rate.service, maxLength: 5 },
);
const policyDelayMs = fc.option(wholeIn(L.POLICY_DELAY_RANGE_MS), { nil: null });
const faultFields = {
  errorRates: rateLists,
  hangRates: rateLists,
  busyRates: rateLists,
  retryAfterS: wholeIn(L.RETRY_AFTER_RANGE_S),
  hangForMs: wholeIn(L.HANG_FOR_RANGE_MS),
  timeoutMs: policyDelayMs,
  retries: wholeIn(L.RETRIES_RANGE),
  backoffMs: wholeIn(L.BACKOFF_RANGE_MS),
  maxBackoffMs: wholeIn(L.MAX_BACKOFF_RANGE_MS),
  jitter: fc.constantFrom(...JITTER_KINDS),
  retrySlot: fc.constantFrom(...RETRY_SLOT_KINDS),
  settle: fc.constantFrom(...SETTLE_KINDS),
  cancelOnFailure: fc.boolean(),
  hedgeMs: policyDelayMs,
  // hedge=pNN is covered by policy/hedgeParam.test.ts: it excludes hedgeMs, which a flat record
  // of independent fields cannot express.
  hedgePercentile: fc.constant(null),
};
const presentationFields = {
  embed: fc.boolean(),
  controls: fc.boolean(),
  still: fc.boolean(),
  theme: fc.constantFrom(...THEME_NAMES),
  origin: fc.option(origins, { nil: null }),
};
const anyScenarios: fc.Arbitrary<FlatScenario> = fc.record({
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
  protocol: fc.constantFrom(...PROTOCOL_NAMES),
  connections: fc.option(wholeIn(L.CONNECTIONS_RANGE), { nil: null }),
  compareBy: fc.constantFrom(...COMPARE_BY_NAMES),
  connection: fc.constantFrom(...CONNECTION_REUSE_NAMES),
  setupMs: wholeIn(L.SETUP_RANGE_MS),
  repeat: wholeIn(L.REPEAT_RANGE),
  ...faultFields,
  ...serverFields,
  preset: fc.constant(null),
  ...presentationFields,
});

/**
 * Valid scenarios: any values, or a preset's with some of its fields changed (so encoding
 * against the preset is covered, `none` included). A server run's requests are cut to its cap.
 */
export const scenarios: fc.Arbitrary<Scenario> = fc
  .oneof(
    anyScenarios,
    fc
      .tuple(
        anyScenarios,
        fc.constantFrom(...TALK_PRESET_NAMES),
        fc.subarray<keyof FlatScenario>([
          ...(Object.keys(serverFields) as Array<keyof typeof serverFields>),
          'model',
          'calls',
          'workMs',
        ]),
      )
      .map(([random, name, changed]) => {
        const preset = flattenScenario(applyPreset(nestScenario(random), name));
        return { ...preset, ...Object.fromEntries(changed.map((key) => [key, random[key]])) };
      }),
  )
  .map((s) => {
    const most = Math.floor(L.MAX_SERVER_CALLS / Math.max(1, s.calls.length));
    return nestScenario(s.lab === 'server' && s.requests > most ? { ...s, requests: most } : s);
  });

/** Text that looks like a query: separators, escapes, digits, names and latency syntax. */
export const queryish = fc.string({
  unit: fc.oneof(
    fc.constantFrom('&', '=', '?', '%', '+', ',', ':', '*', '~', '-', '.', ' ', '%E0', '%A4', '%2'),
    fc.constantFrom(
      ...PARAMS,
      ...LAB_NAMES,
      ...MODEL_NAMES,
      ...TALK_PRESET_NAMES,
      ...THEME_NAMES,
      'https://slides.example',
      'live',
      'none',
      'x',
    ),
    fc.integer({ min: 0, max: 2_000_000 }).map(String),
  ),
  maxLength: 20,
});
