import type { Clock, Millis } from './clock.ts';

/**
 * A model's admission of one call (a pool slot, a throttle's start), handed to `send` so that a
 * retry can give it back during its backoff and queue for it again (policy `retrySlot: release`,
 * docs/faults.md). `leave` undoes one `enter` (or the admission the call already held).
 */
export interface Admission {
  /** Call `index` queues for admission again. */
  enter(index: number): Promise<void>;
  /** Call `index` gives its admission back (if it holds one). */
  leave(index: number): void;
}

/**
 * What a model's code may use. Models are ordinary async code over this context: the virtual
 * engine backs it with a virtual clock, the live engine with the real clock and `fetch()`.
 */
export interface ModelContext {
  readonly clock: Clock;
  /** How many calls the request makes; models address them by index 0..callCount-1. */
  readonly callCount: number;
  /**
   * Sends call `index` and resolves when its answer has arrived. Send each index once. With
   * faults it rejects (a CallFailedError) when the call failed for good, unless the request's
   * policy is allSettled; `admission` is what the model admitted the call with, if anything.
   */
  send(index: number, admission?: Admission): Promise<void>;
  /**
   * True once the request has given up on its calls (cancel on first failure): every later send
   * is skipped at once, so a model should not make a call wait (for a throttle) to skip it.
   */
  cancelled(): boolean;
  /**
   * Waits `ms` for a call's turn (a throttle's next start), ending early once the request is
   * cancelled: the call will be skipped, and pacing it would only delay the request. Check
   * `cancelled()` after it. Rejects only when the run itself is stopped.
   */
  waitForTurn(ms: Millis, label: string): Promise<void>;
  /** Local work of `ms` on the request's own thread (recorded as a work span). */
  work(ms: Millis): Promise<void>;
}

/** A fan-out model: issues every call of the request through `ctx`, resolving when it is done. */
export type FanOutModel = (ctx: ModelContext) => Promise<void>;

/**
 * How a model's code issues its calls, which decides what happens to the calls not yet sent once
 * one has failed and the request's promise has rejected. Each model file declares its own.
 * - `fan-out`: every call is queued before any answers (Promise.all, a pool, a throttle,
 *   offload), so the rest are still sent, as they would be after Promise.all rejects; runFanOut
 *   waits until every call was sent.
 * - `steps`: the code waits for answers before it sends more (a loop of awaits, batches), so a
 *   failure stops it; runFanOut records the calls never sent as skipped.
 */
export type ModelShape = 'fan-out' | 'steps';
