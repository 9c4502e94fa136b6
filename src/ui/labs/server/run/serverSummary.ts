import type { Scenario } from '../../../../core/scenario.ts';
import type { RunSummary } from '../../../presenter/runSummary.ts';
import type { ServerRunSnapshot } from './serverRunSnapshot.ts';

/**
 * A finished load test as `overlap:run-finished` carries it. The fields mean what they mean for a
 * request of the other labs, for the whole test: the makespan is the last response, peak in
 * flight the most busy workers, total wait the time requests spent queued at the client and the
 * server. `calls` stays empty: a load test makes thousands (export the run for them).
 */
export function serverSummary(scenario: Scenario, snapshot: ServerRunSnapshot): RunSummary | null {
  const { trace, stats, status, engine } = snapshot;
  if (status !== 'done' || trace === null || stats === null) return null;
  let totalWaitMs = 0;
  for (const request of trace.requests) totalWaitMs += request.startedAtMs;
  return {
    lab: 'server',
    model: scenario.fanOut.model,
    engine: engine ?? scenario.run.engine,
    makespanMs: trace.makespanMs,
    predictedMakespanMs: snapshot.prediction?.makespanMs ?? null,
    peakInFlight: stats.peakBusyWorkers,
    totalWaitMs,
    calls: [],
  };
}
