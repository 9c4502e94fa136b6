import { roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { callRecord, outcomeRecord, workRecord } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';
import { jsonChunks, spanList } from './jsonChunks.ts';

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
  return {
    ...simulationHead(run, query),
    calls: run.trace.calls.map(roundedCall),
    work: run.trace.work.map(roundedWork),
    ...extra,
  };
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
  return jsonChunks(
    simulationHead(run, query),
    [spanList('calls', run.trace.calls, callRecord), spanList('work', run.trace.work, workRecord)],
    extra,
  );
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

// Each call with `copies` (every copy sent and its outcome) when it has faults or a policy.
// Times to the µs (roundTimes.ts): whole ms as they are, fractions without float noise; the
// rounding is per field, so a record rounds alone exactly as inside the whole document.
const roundedCall = (span: ScenarioRun['trace']['calls'][number]): unknown =>
  roundTimes(callRecord(span), VIRTUAL_TIME_STEP_MS);
const roundedWork = (span: ScenarioRun['trace']['work'][number]): unknown =>
  roundTimes(workRecord(span), VIRTUAL_TIME_STEP_MS);
