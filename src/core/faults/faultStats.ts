import type { Millis } from '../clock.ts';
import type { AttemptSpan, CallSpan, RequestOutcome, Trace } from '../trace.ts';

/**
 * What failures cost in one run (docs/faults.md). "Call time" is time copies spent in flight.
 * Wasted call time is in-flight time whose answer the request did not use: every copy that did
 * not answer ok (failed, timed out, cancelled, a hedge's loser), and every copy that answered
 * after the request had already failed (Promise.all had rejected: nobody was listening).
 */
export interface FaultStats {
  readonly callCount: number;
  readonly okCalls: number;
  /** Calls whose last copy failed (500, 504, 429) or timed out. */
  readonly failedCalls: number;
  readonly cancelledCalls: number;
  /** Calls never sent (the request had failed or been cancelled first). */
  readonly skippedCalls: number;
  /** okCalls / callCount, in percent (100 for an empty run). */
  readonly successPct: number;
  /** Copies sent over the wire: first sends, retries and hedges. */
  readonly copiesSent: number;
  readonly retriesSent: number;
  readonly hedgesSent: number;
  /** copiesSent per call sent at least once: the load the upstream saw, relative to the calls. */
  readonly loadFactor: number;
  readonly callTimeMs: Millis;
  readonly wastedMs: Millis;
  /** wastedMs / callTimeMs in percent (0 when no call time). */
  readonly wastedPct: number;
  /** Time from a call's first send to its answer, over the calls that answered ok. */
  readonly okDurationP50Ms: Millis | null;
  readonly okDurationP99Ms: Millis | null;
  readonly outcome: RequestOutcome | null;
}

/** The copies of a span: its recorded attempts, or the one implicit copy of a plain run. */
export function attemptsOf(span: CallSpan): readonly AttemptSpan[] {
  if (span.attempts) return span.attempts;
  if (span.status === 'skipped') return [];
  return [
    {
      attempt: 0,
      hedge: false,
      latencyMs: span.latencyMs,
      startedAtMs: span.startedAtMs,
      endedAtMs: span.endedAtMs,
      outcome: span.status === 'ok' ? 'ok' : 'aborted',
    },
  ];
}

/** The nearest-rank percentile of sorted values (null for none). */
export function percentileOf(sorted: readonly number[], pct: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((pct / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export function faultStats(trace: Trace): FaultStats {
  const failedAtMs =
    trace.outcome?.status === 'failed' ? trace.outcome.settledAtMs : Number.POSITIVE_INFINITY;
  let okCalls = 0;
  let failedCalls = 0;
  let cancelledCalls = 0;
  let skippedCalls = 0;
  let copiesSent = 0;
  let retriesSent = 0;
  let hedgesSent = 0;
  let callTimeMs = 0;
  let wastedMs = 0;
  const okDurations: number[] = [];
  for (const span of trace.calls) {
    if (span.status === 'ok') {
      okCalls += 1;
      okDurations.push(span.endedAtMs - span.startedAtMs);
    } else if (span.status === 'failed' || span.status === 'timeout') failedCalls += 1;
    else if (span.status === 'cancelled') cancelledCalls += 1;
    else if (span.status === 'skipped') skippedCalls += 1;
    for (const copy of attemptsOf(span)) {
      copiesSent += 1;
      if (copy.hedge) hedgesSent += 1;
      else if (copy.attempt > 0) retriesSent += 1;
      const flightMs = copy.endedAtMs - copy.startedAtMs;
      callTimeMs += flightMs;
      if (copy.outcome !== 'ok' || copy.endedAtMs > failedAtMs) wastedMs += flightMs;
    }
  }
  okDurations.sort((a, b) => a - b);
  const callCount = trace.calls.length;
  const sentCalls = callCount - skippedCalls;
  return {
    callCount,
    okCalls,
    failedCalls,
    cancelledCalls,
    skippedCalls,
    successPct: callCount === 0 ? 100 : (100 * okCalls) / callCount,
    copiesSent,
    retriesSent,
    hedgesSent,
    loadFactor: sentCalls === 0 ? 0 : copiesSent / sentCalls,
    callTimeMs,
    wastedMs,
    wastedPct: callTimeMs === 0 ? 0 : (100 * wastedMs) / callTimeMs,
    okDurationP50Ms: percentileOf(okDurations, 50),
    okDurationP99Ms: percentileOf(okDurations, 99),
    outcome: trace.outcome ?? null,
  };
}
