import type { Scenario } from '../../../core/scenario.ts';
import { summaryCalls, type ModelFigures, type RunSummary } from '../../presenter/runSummary.ts';
import type { CompareSnapshot } from './compareSnapshot.ts';

/**
 * The Compare lab's finished comparison: the top-level figures and calls are those of the
 * scenario's model (the one the Fan-out lab would run), `models` has every model's figures.
 */
export function compareSummary(scenario: Scenario, snapshot: CompareSnapshot): RunSummary | null {
  if (snapshot.status !== 'done') return null;
  const models: ModelFigures[] = [];
  for (const row of snapshot.rows) {
    if (row.stats === null) return null;
    models.push({
      model: row.model,
      makespanMs: row.stats.makespanMs,
      predictedMakespanMs: row.predictedMs,
      peakInFlight: row.stats.peakCallsInFlight,
      peakCallsInFlight: row.stats.peakCallsInFlight,
      peakRequestsOnWire: row.stats.peakRequestsOnWire,
      totalWaitMs: row.stats.totalWaitMs,
    });
  }
  const chosen = models.find((figures) => figures.model === scenario.fanOut.model);
  const lane = snapshot.lanes.find((candidate) => candidate.model === scenario.fanOut.model);
  if (chosen === undefined || lane === undefined) return null;
  return {
    lab: 'compare',
    model: chosen.model,
    engine: snapshot.engine ?? scenario.run.engine,
    makespanMs: chosen.makespanMs,
    predictedMakespanMs: chosen.predictedMakespanMs,
    peakInFlight: chosen.peakInFlight,
    peakCallsInFlight: chosen.peakCallsInFlight,
    peakRequestsOnWire: chosen.peakRequestsOnWire,
    totalWaitMs: chosen.totalWaitMs,
    calls: summaryCalls(lane.data),
    models,
  };
}
