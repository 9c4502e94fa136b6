import { describe, expect, it } from 'vitest';
import { decodeScenario } from '../urlCodec.ts';
import { EXPORT_GENERATOR } from './exportableRun.ts';
import { runJson } from './runJson.ts';
import { fanOutRun, liveRun, serverRun, STARTED_AT_ISO } from './testing/exportFixtures.ts';

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
      peakInFlight: 1,
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
      sentAtMs: 0,
      startedAtMs: 1250,
      endedAtMs: 2500,
      worker: 0,
      process: 0,
    });
    expect(doc.calls).toHaveLength(80);
    expect(doc.calls[0]).toHaveProperty('upstreamStartedAtMs', 0);
    expect(doc.stats).toMatchObject({ requestCount: 20, peakBusyWorkers: 4, callCount: 80 });
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

  it('writes numbers that do not exist as null, never as invalid JSON', async () => {
    const run = await serverRun('lab=server&requests=1&calls=0');
    const text = runJson(run);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(parse(text).stats['throughputPerSec']).toBeNull();
  });
});
