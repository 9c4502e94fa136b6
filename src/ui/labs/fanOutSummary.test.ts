import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO } from '../../core/scenario.ts';
import { simulateScenario } from '../../core/simulateScenario.ts';
import { createFakeFrames } from '../run/fakeFrames.ts';
import { createRunController } from '../run/runController.ts';
import { IDLE_SNAPSHOT, type RunSnapshot } from '../run/runSnapshot.ts';
import { timelineDataFromTrace } from '../timeline/index.ts';
import { fanOutSummary } from './fanOutSummary.ts';

async function doneSnapshot(): Promise<RunSnapshot> {
  const run = await simulateScenario(DEFAULT_SCENARIO);
  return {
    ...IDLE_SNAPSHOT,
    status: 'done',
    engine: 'virtual',
    data: timelineDataFromTrace(run.trace),
    trace: run.trace,
    stats: run.stats,
    predictedMakespanMs: run.prediction?.makespanMs ?? null,
  };
}

describe('fanOutSummary', () => {
  it("summarises the talk's four sequential calls", async () => {
    const summary = fanOutSummary(DEFAULT_SCENARIO, await doneSnapshot());
    expect(summary).toMatchObject({
      lab: 'fanout',
      model: 'sequential',
      engine: 'virtual',
      makespanMs: 1250,
      predictedMakespanMs: 1250,
      peakInFlight: 1,
      totalWaitMs: 125 + 375 + 750,
    });
    expect(summary?.calls.map((call) => [call.service, call.startedAtMs, call.endedAtMs])).toEqual([
      ['session', 0, 125],
      ['business', 125, 375],
      ['user', 375, 750],
      ['reviews', 750, 1250],
    ]);
    // Plain data: it crosses postMessage and JSON unchanged.
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('is null until the run is done', async () => {
    const snapshot = await doneSnapshot();
    expect(fanOutSummary(DEFAULT_SCENARIO, { ...snapshot, status: 'running' })).toBeNull();
    expect(fanOutSummary(DEFAULT_SCENARIO, IDLE_SNAPSHOT)).toBeNull();
  });
});

describe('fanOutSummary peaks', () => {
  it('carries calls started and not finished apart from requests on the wire (a hedge is two)', async () => {
    const controller = createRunController(createFakeFrames(true), null);
    const scenario = {
      ...DEFAULT_SCENARIO,
      fanOut: {
        ...DEFAULT_SCENARIO.fanOut,
        model: 'worker-pool' as const,
        limit: 1,
        calls: DEFAULT_SCENARIO.fanOut.calls.slice(0, 2),
      },
      policy: { ...DEFAULT_SCENARIO.policy, hedgeMs: 100 },
    };
    controller.start(scenario);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    // peakInFlight stays for hosts written before the split: it is the calls' peak.
    expect(fanOutSummary(scenario, controller.getSnapshot())).toMatchObject({
      peakInFlight: 1,
      peakCallsInFlight: 1,
      peakRequestsOnWire: 2,
    });
  });
});

describe('fanOutSummary with failures', () => {
  it('reports each call’s own status and what the failures cost', async () => {
    const controller = createRunController(createFakeFrames(true), null);
    const scenario = {
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'promise-all' as const },
      faults: { ...DEFAULT_SCENARIO.faults, errorRates: [{ service: 'business', pct: 100 }] },
    };
    controller.start(scenario);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const summary = fanOutSummary(scenario, controller.getSnapshot());
    expect(summary?.calls.map((call) => call.status)).toEqual(['ok', 'failed', 'ok', 'ok']);
    expect(summary?.predictedMakespanMs).toBeNull();
    expect(summary?.failures).toEqual({
      outcome: { status: 'failed', settledAtMs: 250, failedCall: 1 },
      successPct: 75,
      copiesPerCall: 1,
      wastedMs: 1125,
    });
  });
});
