import type { Millis } from './clock.ts';

/**
 * How a call ended. `ok`: its answer arrived. `failed`: its last attempt was answered 500, 504 or
 * 429 (docs/faults.md). `timeout`: its last attempt hit the per-call timeout. `cancelled`: the
 * request gave up on it (cancel on first failure) while it was in flight or backing off.
 * `skipped`: never sent, because the request had already failed or been cancelled (a skipped
 * span has no flight: readyAtMs = startedAtMs = endedAtMs). `aborted`: the run was reset or
 * stopped while it was in flight.
 */
export type CallStatus = 'ok' | 'failed' | 'timeout' | 'cancelled' | 'skipped' | 'aborted';

/**
 * How one copy of a call ended. `error`: the service answered 500. `hung`: the service never
 * answered and the proxy in front of it gave up with a 504 after the hang time. `busy`: the
 * service's rate limiter answered 429 with Retry-After. `timeout`: the client gave up at its
 * per-call timeout. `cancelled`: the client withdrew it (the request was cancelled, or the other
 * copy of a hedged call answered first). `aborted`: the run was reset or stopped.
 */
export type AttemptOutcome = 'ok' | 'error' | 'hung' | 'busy' | 'timeout' | 'cancelled' | 'aborted';

/**
 * Where a copy's time went between `fetch()` and its answer, when the engine can tell: the
 * network engine reads it from Resource Timing, the virtual engine's per-host connection cap
 * (`connections=N`) computes the browser's queue. The phases follow each other from the copy's
 * `startedAtMs`: queued in the browser, connection set-up, waiting for the first byte, download.
 * Invariant: every phase >= 0 and their sum <= the copy's `endedAtMs - startedAtMs` (the rest is
 * the engine's own work before and after, e.g. reading the body or holding a compensated answer).
 */
export interface WirePhases {
  /** Waiting in the browser for a free connection to the host (the six-per-host cap), in ms. */
  readonly queuedMs: Millis;
  /** Opening a connection (DNS, TCP, TLS); 0 when an open one was reused, in ms. */
  readonly connectMs: Millis;
  /** From the request sent to the first byte of the answer, in ms. */
  readonly waitingMs: Millis;
  /** From the first to the last byte of the answer, in ms. */
  readonly downloadMs: Millis;
  /** The protocol that carried it (`nextHopProtocol`: `http/1.1`, `h2`), '' when unknown. */
  readonly protocol: string;
}

/**
 * One copy of a call sent over the wire: a call with retries or a hedge has several, in the
 * order they were sent. Invariant: startedAtMs <= endedAtMs, within the call's span.
 */
export interface AttemptSpan {
  /** 0 for the first copy, then 1, 2... in the order copies were sent (retries and hedges). */
  readonly attempt: number;
  /** True for the second copy a hedged call sent while the first was still out. */
  readonly hedge: boolean;
  /** What the service was asked to take (its drawn latency, or the hang time). */
  readonly latencyMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  readonly outcome: AttemptOutcome;
  /** For `busy`: the wait the service's Retry-After asked for, in ms. */
  readonly retryAfterMs?: Millis;
  /** Where the copy's time went on the wire, when the engine can tell (see WirePhases). */
  readonly wire?: WirePhases;
}

/**
 * One upstream call's life. Phases: queued from `readyAtMs` to `startedAtMs` (waiting for a pool
 * slot or a throttle), in flight from `startedAtMs` to `endedAtMs`.
 * Invariant: readyAtMs <= startedAtMs <= endedAtMs.
 */
export interface CallSpan {
  /** The request this call belongs to (always 0 in the Fan-out lab). */
  readonly request: number;
  /** The call's position in its request's list. */
  readonly index: number;
  readonly service: string;
  /** The latency the scenario drew for the call (what the mocked service was told to take). */
  readonly latencyMs: Millis;
  readonly readyAtMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  readonly status: CallStatus;
  /**
   * Every copy sent, in order, when the run had faults or a call policy (docs/faults.md);
   * absent otherwise, meaning one copy that spans [startedAtMs, endedAtMs].
   */
  readonly attempts?: readonly AttemptSpan[];
  /**
   * Where the call's time went on the wire (a call with one copy and no `attempts`), when the
   * engine can tell (see WirePhases); with `attempts`, each copy carries its own.
   */
  readonly wire?: WirePhases;
}

/**
 * How the request itself ended (the promise the model's code returned). `ok`: every call
 * answered. `partial`: the model waited for every call (allSettled) and some failed. `failed`:
 * the model's promise rejected (Promise.all fails fast, a sequential loop stops) at
 * `settledAtMs`; the calls still in flight then kept running, which is why makespanMs can be later.
 */
export interface RequestOutcome {
  readonly status: 'ok' | 'partial' | 'failed';
  /** When the model's promise settled: the moment the request answered (or failed). */
  readonly settledAtMs: Millis;
  /** The call whose failure made the request fail (status `failed`), else null. */
  readonly failedCall: number | null;
}

/** Local work done by the request's own thread (the offload model). */
export interface WorkSpan {
  readonly request: number;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
}

/** Everything one run produced, the same shape for the virtual and the live engine. */
export interface Trace {
  /** Calls in scenario order (request, then index). */
  readonly calls: readonly CallSpan[];
  readonly work: readonly WorkSpan[];
  /** The end of the last call or of the last local work; 0 for an empty run. */
  readonly makespanMs: Millis;
  /** How the request ended (fan-out runs; absent in a server run's trace). */
  readonly outcome?: RequestOutcome;
}

/** Events a runner emits as a run unfolds (live runs grow the timeline from these). */
export type RunEvent =
  | {
      readonly type: 'call-start';
      readonly request: number;
      readonly index: number;
      readonly atMs: Millis;
    }
  | { readonly type: 'call-end'; readonly span: CallSpan }
  /** A copy of a call was sent (only in runs with faults or a call policy). */
  | {
      readonly type: 'attempt-start';
      readonly request: number;
      readonly index: number;
      readonly attempt: number;
      readonly hedge: boolean;
      readonly atMs: Millis;
    }
  | {
      readonly type: 'attempt-end';
      readonly request: number;
      readonly index: number;
      readonly span: AttemptSpan;
    }
  /** The model's promise settled: the request answered or failed (see RequestOutcome). */
  | { readonly type: 'request-settled'; readonly outcome: RequestOutcome }
  | { readonly type: 'work-start'; readonly request: number; readonly atMs: Millis }
  | { readonly type: 'work-end'; readonly span: WorkSpan };
