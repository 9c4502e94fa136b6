import type { Millis } from './clock.ts';
import { NO_FAULTS, type FaultSettings, type ServiceRate } from './faults/faultSettings.ts';
import { DEFAULT_POLICY, type CallPolicy } from './policy/callPolicy.ts';
import { drawLatencyMs, type Latency } from './latency.ts';
import type { ModelName, ModelSpec, ThrottleKind } from './modelSpec.ts';
import type { PlannedCall } from './plannedCall.ts';
import { seededRandom } from './seededRandom.ts';
import { DEFAULT_SERVER_SPEC } from './server/serverSpec.ts';
import type { TalkPresetName } from './server/talkPresetNames.ts';

export const LAB_NAMES = ['fanout', 'compare', 'server'] as const;
export type LabName = (typeof LAB_NAMES)[number];

export const ENGINE_NAMES = ['virtual', 'live'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/**
 * The page's colours: `auto` follows the person's light or dark preference; `projector` is large
 * type, high contrast and thick bars for a washed-out beamer.
 */
export const THEME_NAMES = ['auto', 'light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** One upstream call of a request, before its latency is drawn. */
export interface CallSpec {
  readonly service: string;
  readonly latency: Latency;
}

/**
 * Everything a person can set, exactly what the URL holds (see urlCodec.ts). Parameters that the
 * chosen model does not use are kept, so switching models back and forth loses nothing.
 */
export interface Scenario {
  readonly lab: LabName;
  readonly model: ModelName;
  readonly calls: readonly CallSpec[];
  /** Batch size, pool size, or the throttle's bound in flight; null = the model's default. */
  readonly limit: number | null;
  readonly throttle: ThrottleKind;
  readonly cap: number;
  readonly windowMs: Millis;
  readonly minTimeMs: Millis;
  readonly burst: number;
  readonly ratePerSec: number;
  readonly workMs: Millis;
  readonly engine: EngineName;
  readonly seed: number;
  /** Start a run as soon as the page loads. */
  readonly autorun: boolean;
  /** Replay speed of virtual runs: 1 is real time, below 1 slow motion. */
  readonly speed: number;
  /** Live runs: subtract the calibrated mock overhead from each call's mocked delay. */
  readonly compensate: boolean;
  // Faults and call policies of the Fan-out and Compare labs (docs/faults.md).
  /** Percent of each service's calls answered 500. */
  readonly errorRates: readonly ServiceRate[];
  /** Percent of each service's calls that hang until the proxy's 504 after `hangForMs`. */
  readonly hangRates: readonly ServiceRate[];
  /** Percent of each service's calls answered 429 with Retry-After `retryAfterS`. */
  readonly busyRates: readonly ServiceRate[];
  readonly retryAfterS: FaultSettings['retryAfterS'];
  readonly hangForMs: FaultSettings['hangForMs'];
  readonly timeoutMs: CallPolicy['timeoutMs'];
  readonly retries: CallPolicy['retries'];
  readonly backoffMs: CallPolicy['backoffMs'];
  readonly maxBackoffMs: CallPolicy['maxBackoffMs'];
  readonly jitter: CallPolicy['jitter'];
  readonly retrySlot: CallPolicy['retrySlot'];
  readonly settle: CallPolicy['settle'];
  readonly cancelOnFailure: CallPolicy['cancelOnFailure'];
  readonly hedgeMs: CallPolicy['hedgeMs'];
  // The Server lab (see server/serverSpec.ts for what each field means).
  /** N: requests the client creates at t = 0. */
  readonly requests: number;
  /** C: the most requests the client keeps in flight. */
  readonly concurrency: number;
  readonly processes: number;
  /** Threads per process of a sync server. */
  readonly threads: number;
  /** Greenlets per process; null = sync workers. */
  readonly greenlets: number | null;
  /** Calls the upstream serves at once; null = unbounded. */
  readonly upstreamCap: number | null;
  /** Added to each call's time in flight (connection set-up, DNS). */
  readonly callOverheadMs: Millis;
  /** Added to each request's service before its fan-out. */
  readonly requestOverheadMs: Millis;
  /**
   * The talk preset the other fields start from (null: none). The URL writes it with only the
   * fields that differ from the preset's values (see urlCodec.ts).
   */
  readonly preset: TalkPresetName | null;
  // Presenting (docs/embedding.md): how the page shows the lab, never what a run computes.
  /** The lab without site chrome, sized to its frame (a slide's iframe). */
  readonly embed: boolean;
  /** Show Run, Reset and the model choice; false makes a hands-off figure. */
  readonly controls: boolean;
  readonly theme: ThemeName;
  /**
   * The one parent origin (`https://slides.example`) whose messages drive the lab and to which
   * its events are posted; null accepts any parent and posts events to any.
   */
  readonly origin: string | null;
}

/** Pool and batch size when `limit` is not given (throttled has no bound in flight then). */
export const DEFAULT_LIMIT = 2;

/** The talk's four upstream calls: 0.125, 0.25, 0.375 and 0.5 s. */
export const TALK_CALLS: readonly CallSpec[] = [
  { service: 'session', latency: { kind: 'fixed', ms: 125 } },
  { service: 'business', latency: { kind: 'fixed', ms: 250 } },
  { service: 'user', latency: { kind: 'fixed', ms: 375 } },
  { service: 'reviews', latency: { kind: 'fixed', ms: 500 } },
];

export const DEFAULT_SCENARIO: Scenario = {
  lab: 'fanout',
  model: 'sequential',
  calls: TALK_CALLS,
  limit: null,
  throttle: 'sliding',
  cap: 2,
  windowMs: 250,
  minTimeMs: 100,
  burst: 1,
  ratePerSec: 4,
  workMs: 1000,
  engine: 'virtual',
  seed: 1,
  autorun: false,
  speed: 1,
  compensate: true,
  ...NO_FAULTS,
  ...DEFAULT_POLICY,
  ...DEFAULT_SERVER_SPEC,
  preset: null,
  embed: false,
  controls: true,
  theme: 'auto',
  origin: null,
};

/** The runnable model of a scenario, with the parameters it uses. */
export function modelSpecOf(scenario: Scenario): ModelSpec {
  const limit = scenario.limit ?? DEFAULT_LIMIT;
  switch (scenario.model) {
    case 'sequential':
    case 'promise-all':
      return { name: scenario.model };
    case 'worker-pool':
    case 'batches':
      return { name: scenario.model, limit };
    case 'offload':
      return { name: 'offload', workMs: scenario.workMs };
    case 'throttled': {
      const bound = scenario.limit;
      switch (scenario.throttle) {
        case 'sliding':
        case 'fixed':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: scenario.throttle, cap: scenario.cap, windowMs: scenario.windowMs },
          };
        case 'spacing':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: 'spacing', minTimeMs: scenario.minTimeMs },
          };
        case 'bucket':
          return {
            name: 'throttled',
            limit: bound,
            throttle: { kind: 'bucket', burst: scenario.burst, ratePerSec: scenario.ratePerSec },
          };
      }
    }
  }
}

/**
 * Draws the latencies of one request's calls. Call i of request r draws from its own seeded
 * stream (seed, r, i): the same seed gives the same run in every engine and on every machine.
 */
export function planCalls(calls: readonly CallSpec[], seed: number, request = 0): PlannedCall[] {
  return calls.map((call, index) => ({
    request,
    index,
    service: call.service,
    latencyMs: drawLatencyMs(call.latency, seededRandom(seed, request, index)),
  }));
}

/** The services' faults a scenario sets. */
export function faultSettingsOf(scenario: Scenario): FaultSettings {
  const { errorRates, hangRates, busyRates, retryAfterS, hangForMs } = scenario;
  return { errorRates, hangRates, busyRates, retryAfterS, hangForMs };
}

/** The client policy a scenario sets. */
export function callPolicyOf(scenario: Scenario): CallPolicy {
  const {
    timeoutMs,
    retries,
    backoffMs,
    maxBackoffMs,
    jitter,
    retrySlot,
    settle,
    cancelOnFailure,
    hedgeMs,
  } = scenario;
  return {
    timeoutMs,
    retries,
    backoffMs,
    maxBackoffMs,
    jitter,
    retrySlot,
    settle,
    cancelOnFailure,
    hedgeMs,
  };
}
