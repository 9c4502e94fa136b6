import { MinHeap } from '../src/core/minHeap.ts';
import type { ModelSpec } from '../src/core/modelSpec.ts';

/**
 * The floor for the engine benchmark (issue 16): the same schedule as the virtual engine's,
 * computed by a plain discrete-event loop with no promises, no clock object and no model code:
 * one heap of events (a call ends, a throttle lets the next start), the model's rule inlined.
 * What the engine does beyond this (promises, the models' real async code, spans, events) is
 * its overhead; the bench prints the ratio.
 *
 * Covers the bench's models: worker-pool(k), and throttled sliding or bucket with an optional
 * limit (DESIGN.md's exact semantics; the bucket as GCRA, as predict.ts has it). Every call is
 * ready at t = 0 in list order. Returns each call's start.
 */
export function desStarts(latenciesMs: ArrayLike<number>, spec: ModelSpec): Float64Array {
  const n = latenciesMs.length;
  const starts = new Float64Array(n);
  // No bound in flight is a bound nothing reaches.
  const limit =
    (spec.name === 'worker-pool' || spec.name === 'throttled' ? spec.limit : null) ?? Infinity;
  const throttle = spec.name === 'throttled' ? spec.throttle : null;
  if (spec.name !== 'worker-pool' && spec.name !== 'throttled') {
    throw new Error(`desStarts covers worker-pool and throttled, not ${spec.name}`);
  }
  if (throttle !== null && throttle.kind !== 'sliding' && throttle.kind !== 'bucket') {
    throw new Error(`desStarts covers sliding and bucket throttles, not ${throttle.kind}`);
  }
  // An event: [time, kind] with kind 0 = a call ended, 1 = the throttle may admit again.
  const events = new MinHeap<{ atMs: number; kind: 0 | 1 }>((a, b) => a.atMs < b.atMs);
  let next = 0;
  let inFlight = 0;
  let wakeAtMs = Infinity; // the throttle's pending wake, if any
  let tatMs = 0; // bucket: theoretical arrival time (GCRA)
  const intervalMs = throttle?.kind === 'bucket' ? 1000 / throttle.ratePerSec : 0;

  /** When the throttle admits call `next` at or after `nowMs` (nowMs itself if it does now). */
  const admitAtMs = (nowMs: number): number => {
    if (throttle === null) return nowMs;
    if (throttle.kind === 'sliding') {
      const blocker = next >= throttle.cap ? (starts[next - throttle.cap] as number) : -Infinity;
      return Math.max(nowMs, blocker + throttle.windowMs);
    }
    return Math.max(nowMs, tatMs - ((throttle as { burst: number }).burst - 1) * intervalMs);
  };

  const startWhatCan = (nowMs: number): void => {
    while (next < n && inFlight < limit) {
      const atMs = admitAtMs(nowMs);
      if (atMs > nowMs) {
        if (atMs < wakeAtMs) {
          wakeAtMs = atMs;
          events.push({ atMs, kind: 1 });
        }
        return;
      }
      starts[next] = nowMs;
      if (intervalMs > 0) tatMs = Math.max(tatMs, nowMs) + intervalMs;
      events.push({ atMs: nowMs + (latenciesMs[next] as number), kind: 0 });
      inFlight += 1;
      next += 1;
    }
  };

  startWhatCan(0);
  for (let event = events.pop(); event !== undefined; event = events.pop()) {
    if (event.kind === 0) inFlight -= 1;
    else if (event.atMs === wakeAtMs) wakeAtMs = Infinity;
    startWhatCan(event.atMs);
  }
  return starts;
}
