import type { Scenario } from '../../core/scenario.ts';
import { summaryCalls, type RunSummary } from '../presenter/runSummary.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';

/** The Fan-out lab's finished run; null until the run is done (a replay's end included). */
export function fanOutSummary(scenario: Scenario, snapshot: RunSnapshot): RunSummary | null {
  const { status, stats, data } = snapshot;
  if (status !== 'done' || stats === null || data === null) return null;
  return {
    lab: 'fanout',
    model: scenario.fanOut.model,
    engine: snapshot.engine ?? scenario.run.engine,
    makespanMs: stats.makespanMs,
    predictedMakespanMs: snapshot.predictedMakespanMs,
    peakInFlight: stats.peakCallsInFlight,
    peakCallsInFlight: stats.peakCallsInFlight,
    peakRequestsOnWire: stats.peakRequestsOnWire,
    totalWaitMs: stats.totalWaitMs,
    calls: summaryCalls(data),
    ...(snapshot.faultStats
      ? {
          failures: {
            outcome: snapshot.faultStats.outcome,
            successPct: snapshot.faultStats.successPct,
            copiesPerCall: snapshot.faultStats.loadFactor,
            wastedMs: snapshot.faultStats.wastedMs,
          },
        }
      : {}),
  };
}
