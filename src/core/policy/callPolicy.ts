import type { Millis } from '../clock.ts';
import { MAX_LATENCY_MS } from '../latency.ts';

/** How a retry waits: `full` jitter draws the wait uniformly in [0, backoff] (AWS's "full jitter"). */
export const JITTER_KINDS = ['full', 'none'] as const;
export type JitterKind = (typeof JITTER_KINDS)[number];

/**
 * What a retry does with the model's admission (a pool slot, a throttle's start): `keep` holds
 * it through the backoff and the retry (p-limit around p-retry), `release` gives it back and
 * queues the retry again at the back (p-retry around p-limit).
 */
export const RETRY_SLOT_KINDS = ['keep', 'release'] as const;
export type RetrySlotKind = (typeof RETRY_SLOT_KINDS)[number];

/**
 * How the request waits for its calls: `all` is Promise.all (the request fails at the first
 * failed call, while the others keep running), `allSettled` waits for every call and answers
 * with what it got.
 */
export const SETTLE_KINDS = ['all', 'allSettled'] as const;
export type SettleKind = (typeof SETTLE_KINDS)[number];

/**
 * The client-side policies every model's calls go through (docs/faults.md). The defaults change
 * nothing: no timeout, no retry, no hedge, Promise.all.
 */
export interface CallPolicy {
  /** Each copy of a call is aborted (AbortController) after this long; null = never. */
  readonly timeoutMs: Millis | null;
  /** Retries after a failed copy (500, 504, 429 or a timeout); 0 = none. */
  readonly retries: number;
  /**
   * Retry k (k = 1, 2...) waits up to min(maxBackoffMs, backoffMs * 2^(k-1)), and at least a
   * 429's Retry-After.
   */
  readonly backoffMs: Millis;
  /**
   * The ceiling of the exponential backoff, applied before the jitter (so full jitter draws in
   * [0, ceiling]); default MAX_LATENCY_MS (600 s), what every backoff was capped at before.
   * Below `backoffMs` it makes every retry wait the same (a constant backoff).
   */
  readonly maxBackoffMs: Millis;
  readonly jitter: JitterKind;
  readonly retrySlot: RetrySlotKind;
  readonly settle: SettleKind;
  /** At the first failed call, abort the calls in flight and send no more. */
  readonly cancelOnFailure: boolean;
  /** Send a second copy of a call still unanswered after this long, use the first answer; null = no hedging. */
  readonly hedgeMs: Millis | null;
  /**
   * Hedge each call at this percentile of its own latency distribution (`hedge=p95` is 95), exact
   * from the call's form (DESIGN.md, hedgeDelayMs.ts), so every call gets its own delay; null =
   * none. Invariant: at most one of `hedgeMs` and `hedgePercentile` is set.
   */
  readonly hedgePercentile: number | null;
}

export const DEFAULT_POLICY: CallPolicy = {
  timeoutMs: null,
  retries: 0,
  backoffMs: 100,
  maxBackoffMs: MAX_LATENCY_MS,
  jitter: 'full',
  retrySlot: 'keep',
  settle: 'all',
  cancelOnFailure: false,
  hedgeMs: null,
  hedgePercentile: null,
};

/** True when the policy can change a run (a run with it records every copy of every call). */
export function isPolicyActive(policy: CallPolicy): boolean {
  return (
    policy.timeoutMs !== null ||
    policy.retries > 0 ||
    policy.settle !== 'all' ||
    policy.cancelOnFailure ||
    policy.hedgeMs !== null ||
    policy.hedgePercentile !== null
  );
}
