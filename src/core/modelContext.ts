import type { Clock, Millis } from './clock.ts';

/**
 * What a model's code may use. Models are ordinary async code over this context: the virtual
 * engine backs it with a virtual clock, the live engine with the real clock and `fetch()`.
 */
export interface ModelContext {
  readonly clock: Clock;
  /** How many calls the request makes; models address them by index 0..callCount-1. */
  readonly callCount: number;
  /** Sends call `index` and resolves when its response has arrived. Send each index once. */
  send(index: number): Promise<void>;
  /** Local work of `ms` on the request's own thread (recorded as a work span). */
  work(ms: Millis): Promise<void>;
}

/** A fan-out model: issues every call of the request through `ctx`, resolving when it is done. */
export type FanOutModel = (ctx: ModelContext) => Promise<void>;
