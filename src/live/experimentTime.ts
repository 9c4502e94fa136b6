import type { Clock, Millis } from '../core/clock.ts';
import { MAX_LATENCY_MS } from '../core/latency.ts';
import type { Transport } from '../core/runFanOut.ts';

/*
 * A live run at a time scale (src/core/live/liveTimeScale.ts): the model's code sees experiment
 * ms, the page's timers and mocks run in wall ms, and wall ms = experiment ms / timeScale. The
 * one place these conversions live: the live engine uses them directly, the Server lab through
 * its run clock and upstream transport (src/live/server/experimentClock.ts,
 * scaledUpstreamTransport.ts).
 */

/** Throws unless `timeScale` is a usable scale: finite and above 0. */
export function checkTimeScale(timeScale: number): void {
  if (!(timeScale > 0 && Number.isFinite(timeScale))) {
    throw new RangeError(`A time scale must be a finite number above 0, got ${timeScale}.`);
  }
}

/**
 * `wall` read and slept in experiment ms: `now()` is the wall clock's time times `timeScale`, and
 * `sleep(ms)` waits `ms / timeScale` wall ms. Invariant (from the wall clock): a sleep never
 * resolves before `now()` has advanced by `ms`, to float rounding of the division.
 */
export function experimentClock(wall: Clock, timeScale: number): Clock {
  checkTimeScale(timeScale);
  if (timeScale === 1) return wall;
  return {
    now: (): Millis => wall.now() * timeScale,
    sleep: (ms, signal, label) => wall.sleep(ms / timeScale, signal, label),
  };
}

/**
 * `send` (a transport in wall ms, fetchTransport) taking calls in experiment ms: each call's
 * latency is divided by the scale on its way to the mock, so a 20 ms call at 1/20 asks its
 * service for 400 wall ms. A copy the mocks could not be asked for (past MAX_LATENCY_MS of wall
 * time: a 10 s hang at 100x slower) asks for that bound instead; no run the labs offer lasts that
 * long (MAX_PLANNED_WALL_MS), and with compensation the early answer is held until it is due.
 */
export function experimentTransport(send: Transport, timeScale: number): Transport {
  checkTimeScale(timeScale);
  if (timeScale === 1) return send;
  return (call, signal) =>
    send({ ...call, latencyMs: Math.min(MAX_LATENCY_MS, call.latencyMs / timeScale) }, signal);
}
