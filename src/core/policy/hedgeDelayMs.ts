import type { Millis } from '../clock.ts';
import type { Latency } from '../latency.ts';
import { latencyQuantileMs } from '../latencyQuantile.ts';
import type { CallPolicy } from './callPolicy.ts';

/** The policy fields that say whether and when a call is hedged. */
type HedgeFields = Pick<CallPolicy, 'hedgeMs' | 'hedgePercentile'>;

/** Whether the policy sends hedge copies at all (a fixed delay or a percentile of each call). */
export function isHedged(policy: HedgeFields): boolean {
  return policy.hedgeMs !== null || policy.hedgePercentile !== null;
}

/**
 * The hedge delay of one call whose latency has `latency`'s form: `hedgeMs` as written, or with
 * `hedge=pNN` the NN-th percentile of the call's own distribution, exact from its form
 * (latencyQuantileMs: the smallest whole ms t with P(draw <= t) >= NN %), never from observed
 * runs (DESIGN.md). Null when the policy does not hedge. A quantile of 0 ms (a call that always
 * answers at once) still waits 0 ms, and the tie rule lets the answer win: no copy is sent.
 */
export function hedgeDelayMs(policy: HedgeFields, latency: Latency): Millis | null {
  if (policy.hedgePercentile !== null) {
    return latencyQuantileMs(latency, policy.hedgePercentile / 100);
  }
  return policy.hedgeMs;
}

/**
 * The policy call `latency` runs under: `hedgeMs` resolved for it (a percentile turned into
 * that call's own delay), so the engine's sendWithPolicy only ever reads `hedgeMs`.
 */
export function policyForCall(policy: CallPolicy, latency: Latency): CallPolicy {
  if (policy.hedgePercentile === null) return policy;
  return { ...policy, hedgeMs: hedgeDelayMs(policy, latency), hedgePercentile: null };
}
