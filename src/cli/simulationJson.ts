import { roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { callRecord, outcomeRecord, workRecord } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';
import { jsonChunks, jsonDocument, spanList, type SpanList } from './jsonChunks.ts';

/**
 * The CLI's JSON: a public contract, documented in the README. Its fields, in order: the head
 * (everything but the spans), then `calls` and `work`, then any `extra` fields (the repeat
 * report, the network run's notes).
 */
export function simulationJson(
  run: ScenarioRun,
  query: string,
  extra: Readonly<Record<string, unknown>> = {},
): object {
  return jsonDocument(simulationHead(run, query), simulationSpans(run), extra);
}

/**
 * The same JSON text as `JSON.stringify(simulationJson(run, query, extra))`, in chunks of at
 * most SPANS_PER_CHUNK spans (jsonChunks.ts): a 100,000-call run's JSON is never built whole.
 */
export function simulationJsonChunks(
  run: ScenarioRun,
  query: string,
  extra: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  return jsonChunks(simulationHead(run, query), simulationSpans(run), extra);
}

/**
 * Each call with `copies` (every copy sent and its outcome) when it has faults or a policy, then
 * the local work. Times to the µs (roundTimes.ts): whole ms as they are, fractions without float
 * noise.
 */
function simulationSpans(run: ScenarioRun): SpanList[] {
  return [
    spanList('calls', run.trace.calls, callRecord),
    spanList('work', run.trace.work, workRecord),
  ];
}

/** Everything but the spans, times rounded (roundTimes.ts). */
function simulationHead(run: ScenarioRun, query: string): object {
  return roundTimes(
    {
      scenario: query,
      makespanMs: run.trace.makespanMs,
      // null when faults or the call policy leave the makespan without a closed form.
      predictedMakespanMs: run.prediction?.makespanMs ?? null,
      // Calls started and not finished, and copies on the wire (retries, hedges): README "Numbers".
      peakCallsInFlight: run.stats.peakCallsInFlight,
      peakRequestsOnWire: run.stats.peakRequestsOnWire,
      totalWaitMs: run.stats.totalWaitMs,
      // How the request ended: ok, partial (allSettled with failures) or failed, and when.
      outcome: outcomeRecord(run.trace.outcome),
      // What the failures cost beside what probability expected; null without faults or policy.
      faults: run.faults ? { stats: run.faults.stats, prediction: run.faults.prediction } : null,
    },
    VIRTUAL_TIME_STEP_MS,
  );
}
