import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../urlCodec.ts';
import { EXPORT_GENERATOR } from './exportableRun.ts';
import { runJson } from './runJson.ts';
import {
  fanOutRun,
  hedgedRun,
  liveRun,
  noisyLiveRun,
  retriedRun,
  serverRun,
  STARTED_AT_ISO,
} from './testing/exportFixtures.ts';

// The document is read back as a reader would: parsed, then walked by field name.
type Json = Record<string, unknown> & {
  calls: Array<Record<string, unknown>>;
  requests?: Array<Record<string, unknown>>;
  stats: Record<string, unknown>;
};
const parse = (text: string): Json => JSON.parse(text) as Json;

describe('runJson', () => {
  it('writes the default run: scenario query, makespan beside the prediction, stats, calls', async () => {
    const doc = parse(runJson(await fanOutRun(), { startedAtIso: STARTED_AT_ISO }));
    expect(doc['generator']).toEqual({ ...EXPORT_GENERATOR, format: 'overlap-run' });
    expect(doc).toMatchObject({
      scenario: '',
      kind: 'fanout',
      model: 'sequential',
      seed: 1,
      engine: 'virtual',
      simulated: true,
      startedAt: STARTED_AT_ISO,
      makespanMs: 1250,
      predictedMakespanMs: 1250,
      prediction: null,
      live: null,
      work: [],
    });
    expect(doc.stats).toEqual({
      makespanMs: 1250,
      peakCallsInFlight: 1,
      peakRequestsOnWire: 1,
      totalWaitMs: 1250,
      callCount: 4,
    });
    expect(doc.calls.map((c) => [c['service'], c['startedAtMs'], c['endedAtMs']])).toEqual([
      ['session', 0, 125],
      ['business', 125, 375],
      ['user', 375, 750],
      ['reviews', 750, 1250],
    ]);
    expect(doc.requests).toBeUndefined();
  });

  it('names the scenario by its canonical query, which decodes back to the same scenario', async () => {
    const query = 'model=worker-pool&calls=20-40,user:100~900*3&seed=7';
    const run = await fanOutRun(query);
    const doc = parse(runJson(run));
    expect(doc['scenario']).toBe(query);
    expect(decodeScenario(String(doc['scenario'])).scenario).toEqual(run.scenario);
    expect(doc['startedAt']).toBeNull();
  });

  it('names both peaks apart: a hedged call in a pool of one is one call, two requests on the wire', async () => {
    const doc = parse(
      runJson(await fanOutRun('model=worker-pool&limit=1&calls=300,300&hedge=100')),
    );
    expect(doc.stats).toMatchObject({ peakCallsInFlight: 1, peakRequestsOnWire: 2 });
    expect(doc.stats).not.toHaveProperty('peakInFlight');
  });

  it('keeps local work spans', async () => {
    const doc = parse(runJson(await fanOutRun('model=offload&work=1000')));
    expect(doc['work']).toEqual([{ request: 0, startedAtMs: 0, endedAtMs: 1000 }]);
    expect(doc['makespanMs']).toBe(1000);
  });

  it('adds requests, server stats and how the prediction was computed for a server run', async () => {
    const run = await serverRun('lab=server&preset=talk-sync-processes');
    const doc = parse(runJson(run));
    expect(doc).toMatchObject({ kind: 'server', makespanMs: 6250, predictedMakespanMs: 6250 });
    expect(doc['prediction']).toEqual({
      formula: expect.stringContaining('6250 ms') as unknown,
      isLowerBound: false,
    });
    expect(doc.requests).toHaveLength(20);
    expect(doc.requests?.[4]).toEqual({
      index: 4,
      intendedAtMs: 0,
      sentAtMs: 0,
      startedAtMs: 1250,
      freedAtMs: 2500,
      endedAtMs: 2500,
      worker: 0,
      process: 0,
    });
    expect(doc.calls).toHaveLength(80);
    expect(doc.calls[0]).toHaveProperty('upstreamStartedAtMs', 0);
    expect(doc.stats).toMatchObject({
      requestCount: 20,
      peakBusyWorkers: 4,
      callCount: 80,
      peakCallsInFlight: 4,
      peakRequestsOnWire: 4,
    });
  });

  it('writes a live run with its reliability, calibration and compensation', () => {
    const doc = parse(runJson(liveRun()));
    expect(doc).toMatchObject({
      engine: 'live',
      simulated: false,
      scenario: 'model=promise-all&engine=live',
    });
    expect(doc['live']).toEqual({
      reliability: { hidden: false, maxEventLoopLagMs: 3, saturated: false, notes: [] },
      calibration: { overheadMs: 4.2, spreadMs: 1.1, samples: 12 },
      compensationMs: 11,
      timeScale: 1,
    });
    expect(doc.calls[3]).toMatchObject({ status: 'aborted', endedAtMs: 300 });
  });

  it("writes a live run's measured times to 0.1 ms, without float noise", () => {
    const text = runJson(noisyLiveRun());
    const doc = parse(text);
    expect(doc.calls.map((c) => [c['readyAtMs'], c['startedAtMs'], c['endedAtMs']])).toEqual([
      [0, 0.3, 125.9],
      [0, 0.5, 250.5],
    ]);
    expect(doc).toMatchObject({ makespanMs: 250.5, predictedMakespanMs: 250 });
    expect(doc.stats['totalWaitMs']).toBe(0.7);
    expect(doc['live']).toMatchObject({
      reliability: { maxEventLoopLagMs: 3.1 },
      calibration: { overheadMs: 4.2, spreadMs: 1.1 },
    });
    // No number in the file has more than one decimal.
    expect(text).not.toMatch(/\d\.\d{2,}/);
  });

  it("writes a virtual run's whole ms unchanged and the token bucket's fractions to the µs", async () => {
    const doc = parse(
      runJson(await fanOutRun('model=throttled&throttle=bucket&rate=3&calls=10*4')),
    );
    expect(doc.calls.map((c) => c['startedAtMs'])).toEqual([0, 333.333, 666.667, 1000]);
    expect(doc.calls.map((c) => c['endedAtMs'])).toEqual([10, 343.333, 676.667, 1010]);
  });

  it('writes numbers that do not exist as null, never as invalid JSON', async () => {
    const run = await serverRun('lab=server&requests=1&calls=0');
    const text = runJson(run);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(parse(text).stats['throughputPerSec']).toBeNull();
  });
});

describe('runJson with faults', () => {
  it('lists every copy a retried call sent, and how the request ended', async () => {
    const doc = parse(runJson(await retriedRun()));
    expect(doc['outcome']).toEqual({ status: 'failed', settledAtMs: 355, failedCall: 1 });
    expect(doc.calls[1]).toEqual({
      request: 0,
      index: 1,
      service: 'business',
      latencyMs: 250,
      readyAtMs: 0,
      startedAtMs: 0,
      endedAtMs: 355,
      status: 'failed',
      copies: [
        {
          attempt: 0,
          hedge: false,
          latencyMs: 250,
          startedAtMs: 0,
          endedAtMs: 250,
          outcome: 'error',
        },
        {
          attempt: 1,
          hedge: false,
          latencyMs: 5,
          startedAtMs: 350,
          endedAtMs: 355,
          outcome: 'busy',
          retryAfterMs: 1000,
        },
      ],
    });
    // A call sent once, in a run that records copies, lists that one copy.
    expect(doc.calls[0]?.['copies']).toHaveLength(1);
  });

  it("lists a hedged call's copies in the order they were sent, not the order they ended", async () => {
    const doc = parse(runJson(await hedgedRun()));
    const copies = doc.calls[1]?.['copies'] as Array<Record<string, unknown>>;
    expect(copies.map((c) => [c['attempt'], c['hedge'], c['outcome']])).toEqual([
      [0, false, 'cancelled'],
      [1, true, 'ok'],
    ]);
  });

  it("carries a faulty scenario's fault stats beside what probability expected", async () => {
    const doc = parse(runJson(await fanOutRun('model=promise-all&seed=4&error=*:40&retries=1')));
    expect(doc).toMatchObject({ makespanMs: 500, predictedMakespanMs: null });
    expect(doc['outcome']).toEqual({ status: 'failed', settledAtMs: 337, failedCall: 0 });
    const faults = doc['faults'] as { stats: object; prediction: object };
    expect(faults.stats).toMatchObject({
      callCount: 4,
      okCalls: 3,
      successPct: 75,
      copiesSent: 5,
      retriesSent: 1,
      loadFactor: 1.25,
      callTimeMs: 1375,
      wastedMs: 1125,
    });
    expect(faults.prediction).toMatchObject({ callSuccessPct: 84, copiesPerCall: 1.4 });
  });

  it('writes faults: null and no copies for a run without faults or call policy', async () => {
    const doc = parse(runJson(await fanOutRun()));
    expect(doc['faults']).toBeNull();
    expect(doc['outcome']).toEqual({ status: 'ok', settledAtMs: 1250, failedCall: null });
    expect(doc.calls.some((c) => 'copies' in c)).toBe(false);
  });

  it('keeps the fault stats the lab hands it instead of recomputing them', async () => {
    const run = await fanOutRun('error=*:40&seed=4');
    const doc = parse(runJson({ ...run, faults: null }));
    expect(doc['faults']).toBeNull();
  });

  it('writes outcome and faults as null for a server run', async () => {
    const doc = parse(runJson(await serverRun('lab=server&preset=talk-sync-one')));
    expect(doc['outcome']).toBeNull();
    expect(doc['faults']).toBeNull();
  });
});
