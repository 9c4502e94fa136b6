import type { Millis } from './clock.ts';
import type { WireModel } from './connectionPool.ts';
import { connectionSchedule } from './connectionSchedule.ts';
import { MinHeap } from './minHeap.ts';
import type { ModelSpec, ThrottleSpec } from './modelSpec.ts';

/** The predicted timeline of one request: start and end of each call, and of local work. */
export interface Prediction {
  /** When each call is sent (the model's start). */
  readonly startsMs: readonly Millis[];
  readonly endsMs: readonly Millis[];
  readonly work: { readonly startedAtMs: Millis; readonly endedAtMs: Millis } | null;
  readonly makespanMs: Millis;
  /**
   * With a connection cap: each call's wait in the browser for a connection (its
   * WirePhases.queuedMs), so it is on the wire from `startsMs[i] + queuedMs[i]` to `endsMs[i]`.
   * Absent when the wire is not modelled.
   */
  readonly queuedMs?: readonly Millis[];
  /** Each call's connection set-up (its WirePhases.connectMs), with `queuedMs`. */
  readonly connectMs?: readonly Millis[];
}

/**
 * Computes a model's timeline directly from DESIGN.md's formulas, without the engine's clock,
 * promises or semaphores. It is the "predicted" figure beside every run and the tests' oracle.
 * Latencies are the drawn ones; all calls are ready at t = 0.
 *
 * `wire` (null: none; a number N: N HTTP/1.1 keep-alive connections with no set-up) is the
 * browser's connections to the upstream (docs/network.md, connectionSchedule.ts): every model
 * sends its calls in list order at non-decreasing instants, so the FIFO pool grants them in list
 * order, each the earliest-free connection (list scheduling of the sends), and call i ends at
 * `e_i = g_i + set-up + d_i`. A model's own rules then read these ends (a worker pool's free
 * slot, the next call of a loop, the next batch), so a bound k of the model composes with the
 * cap exactly: promise-all over N connections ends like worker-pool(N), worker-pool(k) like
 * worker-pool(min(k, N)).
 */
export function predict(
  latenciesMs: readonly Millis[],
  spec: ModelSpec,
  wire: WireModel | number | null = null,
): Prediction {
  const n = latenciesMs.length;
  const d = (i: number): Millis => latenciesMs[i] ?? 0;
  const starts = new Array<Millis>(n);
  const ends = new Array<Millis>(n);
  const model: WireModel | null =
    typeof wire === 'number'
      ? { connections: wire, protocol: 'http/1.1', setupMs: 0, keepAlive: true }
      : wire;
  const schedule = model === null ? null : connectionSchedule(model);
  const queued = model === null ? null : new Array<Millis>(n);
  const connect = model === null ? null : new Array<Millis>(n);
  /** Sends call i at `sentMs` (calls are sent in list order) and returns its end. */
  const send = (i: number, sentMs: Millis): Millis => {
    starts[i] = sentMs;
    if (schedule === null || queued === null || connect === null) {
      ends[i] = sentMs + d(i);
      return ends[i];
    }
    const scheduled = schedule(sentMs, d(i));
    queued[i] = scheduled.grantedMs - sentMs;
    connect[i] = scheduled.connectMs;
    ends[i] = scheduled.endMs;
    return ends[i];
  };
  let work: Prediction['work'] = null;
  switch (spec.name) {
    case 'sequential': {
      // s_0 = 0, s_i = e_{i-1}
      let t = 0;
      for (let i = 0; i < n; i += 1) t = send(i, t);
      break;
    }
    case 'promise-all':
      for (let i = 0; i < n; i += 1) send(i, 0);
      break;
    case 'offload':
      for (let i = 0; i < n; i += 1) send(i, 0);
      work = { startedAtMs: 0, endedAtMs: spec.workMs };
      break;
    case 'batches': {
      // A chunk starts when the longest call of the previous chunk ended.
      let chunkStart = 0;
      for (let first = 0; first < n; first += spec.limit) {
        let chunkEnd = chunkStart;
        for (let i = first; i < Math.min(n, first + spec.limit); i += 1) {
          chunkEnd = Math.max(chunkEnd, send(i, chunkStart));
        }
        chunkStart = chunkEnd;
      }
      break;
    }
    case 'worker-pool': {
      // List scheduling: the next call takes the earliest free slot among `limit`.
      const slots = new MinHeap<Millis>((a, b) => a < b);
      for (let i = 0; i < n; i += 1) {
        const start = slots.size < spec.limit ? 0 : (slots.pop() as Millis);
        slots.push(send(i, start));
      }
      break;
    }
    case 'throttled':
      predictThrottled(latenciesMs, spec.throttle, spec.limit, starts, send);
      break;
  }
  let makespanMs = work?.endedAtMs ?? 0;
  for (const e of ends) makespanMs = Math.max(makespanMs, e);
  return {
    startsMs: starts,
    endsMs: ends,
    work,
    makespanMs,
    ...(queued === null || connect === null ? {} : { queuedMs: queued, connectMs: connect }),
  };
}

/**
 * s_i = the earliest t >= max(s_{i-1}, the instant fewer than `limit` calls are in flight) that the
 * throttle admits. Each rule is written from its definition, not from the engine's StartGate.
 */
function predictThrottled(
  latenciesMs: readonly Millis[],
  throttle: ThrottleSpec,
  limit: number | null,
  starts: Millis[],
  send: (i: number, sentMs: Millis) => Millis,
): void {
  const inFlightEnds = new MinHeap<Millis>((a, b) => a < b);
  let previous = 0;
  let tat = 0; // bucket: theoretical arrival time (GCRA)
  for (let i = 0; i < latenciesMs.length; i += 1) {
    let t = previous;
    if (limit !== null) {
      while (inFlightEnds.size >= limit) t = Math.max(t, inFlightEnds.pop() as Millis);
    }
    switch (throttle.kind) {
      case 'sliding': {
        const blocker = i >= throttle.cap ? starts[i - throttle.cap] : undefined;
        if (blocker !== undefined) t = Math.max(t, blocker + throttle.windowMs);
        break;
      }
      case 'fixed': {
        // Count the starts already in t's window; starts are non-decreasing, so look back.
        const windowStart = Math.floor(t / throttle.windowMs) * throttle.windowMs;
        let used = 0;
        for (let j = i - 1; j >= 0 && (starts[j] as Millis) >= windowStart; j -= 1) used += 1;
        if (used >= throttle.cap) t = windowStart + throttle.windowMs;
        break;
      }
      case 'spacing':
        if (i > 0) t = Math.max(t, previous + throttle.minTimeMs);
        break;
      case 'bucket': {
        const intervalMs = 1000 / throttle.ratePerSec;
        t = Math.max(t, tat - (throttle.burst - 1) * intervalMs);
        tat = Math.max(tat, t) + intervalMs;
        break;
      }
    }
    const endMs = send(i, t);
    previous = t;
    if (limit !== null) inFlightEnds.push(endMs);
  }
}
