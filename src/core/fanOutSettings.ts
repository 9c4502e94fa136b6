import type { Millis } from './clock.ts';
import type { Latency } from './latency.ts';
import type { ModelName, ThrottleKind } from './modelSpec.ts';

/** One upstream call of a request, before its latency is drawn. */
export interface CallSpec {
  readonly service: string;
  readonly latency: Latency;
}

/**
 * A request's fan-out: its upstream calls and the model that sends them, with every model's
 * parameters. Parameters the chosen model does not use are kept, so switching models back and
 * forth loses nothing.
 */
export interface FanOutSettings {
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

export const DEFAULT_FAN_OUT: FanOutSettings = {
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
};
