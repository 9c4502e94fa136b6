import { roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { callRecord, outcomeRecord, workRecord } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';

/** The CLI's JSON: a public contract, documented in the README. */
export function simulationJson(run: ScenarioRun, query: string): object {
  const json = {
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
    // Each call with `copies` (every copy sent and its outcome) when it has faults or a policy.
    calls: run.trace.calls.map((span) => callRecord(span)),
    work: run.trace.work.map(workRecord),
  };
  // Times to the µs (roundTimes.ts): whole ms as they are, fractions without float noise.
  return roundTimes(json, VIRTUAL_TIME_STEP_MS);
}
