import type { Millis } from './clock.ts';
import { requestsOnWireSteps } from './requestsOnWire.ts';
import type { CallSpan, Trace } from './trace.ts';

/**
 * One step of a concurrency step function: from `atMs` on, `inFlight` are open (calls in flight,
 * or copies on the wire: see requestsOnWireSteps).
 */
export interface InFlightStep {
  readonly atMs: Millis;
  readonly inFlight: number;
}

export interface RunStats {
  readonly makespanMs: Millis;
  /**
   * Peak of calls started and not finished: from a call's first send to its answer, retry
   * backoffs included. Bounded by a pool's `limit` with `retrySlot=keep`, not with `release`.
   */
  readonly peakCallsInFlight: number;
  /**
   * Peak of requests on the wire: copies (first sends, retries, hedges) the upstream was serving
   * at once. A hedge adds a second copy to one call; a call backing off has none out.
   */
  readonly peakRequestsOnWire: number;
  /** Sum over calls of startedAt - readyAt. */
  readonly totalWaitMs: Millis;
  readonly callCount: number;
}

/** Time a call waited in a queue (for a pool slot or a throttle) before it was sent. */
export function queueWaitMs(span: CallSpan): Millis {
  return span.startedAtMs - span.readyAtMs;
}

/**
 * Calls in flight (started and not finished) over time, as a step function with one point per
 * distinct instant. A call is in flight on [startedAt, endedAt), retry backoffs included: one that
 * ends at t and one that starts at t never overlap, and zero-latency calls never count. Copies on
 * the wire are another count: requestsOnWireSteps.
 */
export function inFlightSteps(calls: readonly CallSpan[]): InFlightStep[] {
  const deltas = new Map<Millis, number>();
  for (const span of calls) {
    if (span.endedAtMs <= span.startedAtMs) continue;
    deltas.set(span.startedAtMs, (deltas.get(span.startedAtMs) ?? 0) + 1);
    deltas.set(span.endedAtMs, (deltas.get(span.endedAtMs) ?? 0) - 1);
  }
  const instants = [...deltas.keys()].sort((a, b) => a - b);
  const steps: InFlightStep[] = [];
  let inFlight = 0;
  for (const atMs of instants) {
    inFlight += deltas.get(atMs) ?? 0;
    steps.push({ atMs, inFlight });
  }
  return steps;
}

/** The end of the last call or local work; 0 when nothing ran. */
export function makespanOf(trace: Pick<Trace, 'calls' | 'work'>): Millis {
  let makespanMs = 0;
  // A skipped call was never sent: it marks no activity.
  for (const span of trace.calls) {
    if (span.status !== 'skipped') makespanMs = Math.max(makespanMs, span.endedAtMs);
  }
  for (const span of trace.work) makespanMs = Math.max(makespanMs, span.endedAtMs);
  return makespanMs;
}

/** The highest count of a step function (0 when empty). */
function peakOf(steps: readonly InFlightStep[]): number {
  let peak = 0;
  for (const step of steps) peak = Math.max(peak, step.inFlight);
  return peak;
}

export function runStats(trace: Pick<Trace, 'calls' | 'work'>): RunStats {
  let totalWaitMs = 0;
  for (const span of trace.calls) totalWaitMs += queueWaitMs(span);
  return {
    makespanMs: makespanOf(trace),
    peakCallsInFlight: peakOf(inFlightSteps(trace.calls)),
    peakRequestsOnWire: peakOf(requestsOnWireSteps(trace.calls)),
    totalWaitMs,
    callCount: trace.calls.length,
  };
}
