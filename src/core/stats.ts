import type { Millis } from './clock.ts';
import type { CallSpan, Trace } from './trace.ts';

/** One step of the in-flight step function: from `atMs` on, `inFlight` calls are in flight. */
export interface InFlightStep {
  readonly atMs: Millis;
  readonly inFlight: number;
}

export interface RunStats {
  readonly makespanMs: Millis;
  readonly peakInFlight: number;
  /** Sum over calls of startedAt - readyAt. */
  readonly totalWaitMs: Millis;
  readonly callCount: number;
}

/** Time a call waited in a queue (for a pool slot or a throttle) before it was sent. */
export function queueWaitMs(span: CallSpan): Millis {
  return span.startedAtMs - span.readyAtMs;
}

/**
 * Calls in flight over time, as a step function with one point per distinct instant.
 * A call is in flight on [startedAt, endedAt): one that ends at t and one that starts at t never
 * overlap, and zero-latency calls never count.
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

export function runStats(trace: Pick<Trace, 'calls' | 'work'>): RunStats {
  let peakInFlight = 0;
  for (const step of inFlightSteps(trace.calls))
    peakInFlight = Math.max(peakInFlight, step.inFlight);
  let totalWaitMs = 0;
  for (const span of trace.calls) totalWaitMs += queueWaitMs(span);
  return {
    makespanMs: makespanOf(trace),
    peakInFlight,
    totalWaitMs,
    callCount: trace.calls.length,
  };
}
