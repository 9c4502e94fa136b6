/**
 * One promise executor shared by every promise of the engine's hot paths (a sleep, a pool's
 * waiter, an admission): `new Promise(captureSettlers)` runs it synchronously, so right after,
 * `lastResolve(promise)` and `lastReject(promise)` are its settlers. A closure per promise was a
 * tenth of a plain run's garbage, and a pool queues a million of them up front in the benchmark.
 *
 * Invariant: read them at once, before any other `new Promise(captureSettlers)`; JavaScript runs
 * one thing at a time, so nothing can come between.
 */
let resolveOf: ((value: never) => void) | null = null;
let rejectOf: ((error: unknown) => void) | null = null;

export function captureSettlers(
  resolve: (value: never) => void,
  reject: (error: unknown) => void,
): void {
  resolveOf = resolve;
  rejectOf = reject;
}

/**
 * The resolve of `promise`, which must be the promise `captureSettlers` ran for last (the
 * argument names it and types the value; it is not otherwise read).
 */
export function lastResolve<T>(_promise: Promise<T>): (value: T) => void {
  return resolveOf as (value: T) => void;
}

/** The reject of `promise`, which must be the promise `captureSettlers` ran for last. */
export function lastReject(_promise: Promise<unknown>): (error: unknown) => void {
  return rejectOf as (error: unknown) => void;
}
