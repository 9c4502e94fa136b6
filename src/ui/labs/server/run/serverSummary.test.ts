import { describe, expect, it } from 'vitest';
import { simulateServerScenario } from '../../../../core/server/simulateServerScenario.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import type { ServerRunSnapshot } from './serverRunSnapshot.ts';
import { serverSummary } from './serverSummary.ts';

describe('serverSummary', () => {
  it('sums up a finished load test: last response, prediction, busiest workers, queued time', async () => {
    const scenario = presetScenario('talk-sync-processes');
    const run = await simulateServerScenario(scenario);
    const snapshot = {
      status: 'done',
      engine: 'virtual',
      trace: run.trace,
      stats: run.stats,
      prediction: run.prediction,
    } as unknown as ServerRunSnapshot;
    // 20 requests on 4 workers: rounds start at 0, 1250, 2500, 3750, 5000 (4 requests each).
    expect(serverSummary(scenario, snapshot)).toMatchObject({
      lab: 'server',
      makespanMs: 6250,
      predictedMakespanMs: 6250,
      peakInFlight: 4,
      totalWaitMs: 4 * (1250 + 2500 + 3750 + 5000),
      calls: [],
    });
  });

  it('has nothing to say before the run is done', () => {
    const snapshot = {
      status: 'running',
      trace: null,
      stats: null,
    } as unknown as ServerRunSnapshot;
    expect(serverSummary(presetScenario('talk-sync-one'), snapshot)).toBeNull();
  });
});
