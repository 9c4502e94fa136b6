import type { Millis } from './clock.ts';
import { MinHeap } from './minHeap.ts';
import type { ModelSpec, ThrottleSpec } from './modelSpec.ts';

/** The predicted timeline of one request: start and end of each call, and of local work. */
export interface Prediction {
  readonly startsMs: readonly Millis[];
  readonly endsMs: readonly Millis[];
  readonly work: { readonly startedAtMs: Millis; readonly endedAtMs: Millis } | null;
  readonly makespanMs: Millis;
}

/**
 * Computes a model's timeline directly from DESIGN.md's formulas, without the engine's clock,
 * promises or semaphores. It is the "predicted" figure beside every run and the tests' oracle.
 * Latencies are the drawn ones; all calls are ready at t = 0.
 */
export function predict(latenciesMs: readonly Millis[], spec: ModelSpec): Prediction {
  const n = latenciesMs.length;
  const d = (i: number): Millis => latenciesMs[i] ?? 0;
  const starts = new Array<Millis>(n);
  let work: Prediction['work'] = null;
  switch (spec.name) {
    case 'sequential': {
      // s_0 = 0, s_i = e_{i-1}
      let t = 0;
      for (let i = 0; i < n; i += 1) {
        starts[i] = t;
        t += d(i);
      }
      break;
    }
    case 'promise-all':
      starts.fill(0);
      break;
    case 'offload':
      starts.fill(0);
      work = { startedAtMs: 0, endedAtMs: spec.workMs };
      break;
    case 'batches': {
      // A chunk starts when the longest call of the previous chunk ended.
      let chunkStart = 0;
      for (let first = 0; first < n; first += spec.limit) {
        let chunkEnd = chunkStart;
        for (let i = first; i < Math.min(n, first + spec.limit); i += 1) {
          starts[i] = chunkStart;
          chunkEnd = Math.max(chunkEnd, chunkStart + d(i));
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
        starts[i] = start;
        slots.push(start + d(i));
      }
      break;
    }
    case 'throttled':
      predictThrottled(latenciesMs, spec.throttle, spec.limit, starts);
      break;
  }
  const ends = starts.map((s, i) => s + d(i));
  let makespanMs = work?.endedAtMs ?? 0;
  for (const e of ends) makespanMs = Math.max(makespanMs, e);
  return { startsMs: starts, endsMs: ends, work, makespanMs };
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
    starts[i] = t;
    previous = t;
    if (limit !== null) inFlightEnds.push(t + (latenciesMs[i] ?? 0));
  }
}
