import type { ScenarioRun } from '../core/simulateScenario.ts';

/** The CLI's JSON: a public contract, documented in the README. */
export function simulationJson(run: ScenarioRun, query: string): object {
  return {
    scenario: query,
    makespanMs: run.trace.makespanMs,
    predictedMakespanMs: run.prediction.makespanMs,
    peakInFlight: run.stats.peakInFlight,
    totalWaitMs: run.stats.totalWaitMs,
    calls: run.trace.calls.map((span) => ({
      request: span.request,
      index: span.index,
      service: span.service,
      latencyMs: span.latencyMs,
      readyAtMs: span.readyAtMs,
      startedAtMs: span.startedAtMs,
      endedAtMs: span.endedAtMs,
      status: span.status,
    })),
    work: run.trace.work.map((span) => ({
      request: span.request,
      startedAtMs: span.startedAtMs,
      endedAtMs: span.endedAtMs,
    })),
  };
}
