import type { Millis } from './clock.ts';

/** The URL names of the models, in the order the interface lists them. */
export const MODEL_NAMES = [
  'sequential',
  'promise-all',
  'worker-pool',
  'throttled',
  'batches',
  'offload',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** The URL names of the throttle variants; `sliding` is the default. */
export const THROTTLE_KINDS = ['sliding', 'fixed', 'spacing', 'bucket'] as const;
export type ThrottleKind = (typeof THROTTLE_KINDS)[number];

/** A throttle limits *starts* (not calls in flight); see DESIGN.md "Exact semantics". */
export type ThrottleSpec =
  /** At most `cap` starts in any window of `windowMs` (p-queue with `strict: true`). */
  | { readonly kind: 'sliding'; readonly cap: number; readonly windowMs: Millis }
  /** At most `cap` starts per window `[k*windowMs, (k+1)*windowMs)` anchored at t = 0. */
  | { readonly kind: 'fixed'; readonly cap: number; readonly windowMs: Millis }
  /** Consecutive starts at least `minTimeMs` apart (Bottleneck `minTime`). */
  | { readonly kind: 'spacing'; readonly minTimeMs: Millis }
  /** A token bucket: `burst` tokens at t = 0, refilled continuously at `ratePerSec`. */
  | { readonly kind: 'bucket'; readonly burst: number; readonly ratePerSec: number };

/** One fan-out model with its parameters, ready to run. */
export type ModelSpec =
  | { readonly name: 'sequential' }
  | { readonly name: 'promise-all' }
  | { readonly name: 'worker-pool'; readonly limit: number }
  | { readonly name: 'batches'; readonly limit: number }
  /** `limit` (or null for none) bounds calls in flight on top of the throttle. */
  | { readonly name: 'throttled'; readonly throttle: ThrottleSpec; readonly limit: number | null }
  /** Start every call, do `workMs` of local work, then wait for all (the talk's Tornado loop). */
  | { readonly name: 'offload'; readonly workMs: Millis };
