import { callRecord, workRecord } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';

/** The CLI's JSON: a public contract, documented in the README. */
export function simulationJson(run: ScenarioRun, query: string): object {
  return {
    scenario: query,
    makespanMs: run.trace.makespanMs,
    // null when faults or the call policy leave the makespan without a closed form.
    predictedMakespanMs: run.prediction?.makespanMs ?? null,
    peakInFlight: run.stats.peakInFlight,
    totalWaitMs: run.stats.totalWaitMs,
    calls: run.trace.calls.map((span) => callRecord(span)),
    work: run.trace.work.map(workRecord),
  };
}
