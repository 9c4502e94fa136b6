import { describe, expect, it } from 'vitest';
import { littlesLaw } from '../core/queueing/littlesLaw.ts';
import { serverTheory } from '../core/queueing/serverTheory.ts';
import { serverRunInputOf } from '../core/server/serverRunInput.ts';
import { simulateServer } from '../core/server/simulateServer.ts';
import { decodeScenario } from '../core/urlCodec.ts';
import { runCliCaptured } from './testing/runCliCaptured.ts';

const OPEN = 'lab=server&calls=~100&threads=2&requests=400&arrival=open&arrivalRate=12&seed=4';

interface LoadJson {
  requests: Array<{ intendedAtMs: number; sentAtMs: number; endedAtMs: number }>;
  timeAverageInSystem: number;
  throughputPerSec: number;
  littlesLaw: { timeAverageInSystem: number; throughputTimesLatency: number; windowMs: number };
  utilisation: { workers: number; measured: number; offered: number | null };
  theory: {
    model: string | null;
    reason?: string;
    meanWaitMs?: number;
    probabilityOfWait?: number;
  };
}

describe('sim CLI, load', () => {
  it('writes intendedAtMs per request, Little’s law both sides, utilisation and Erlang C', async () => {
    const { code, stdout } = await runCliCaptured([OPEN]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as LoadJson;
    const input = serverRunInputOf(decodeScenario(OPEN).scenario);
    const trace = await simulateServer(input);
    // The same run as the core's: each request's due time, sent then (open: no client cap).
    expect(json.requests.map((r) => r.intendedAtMs)).toEqual(
      trace.requests.map((r) => Math.round(r.intendedAtMs * 1000) / 1000),
    );
    expect(json.requests.every((r) => r.sentAtMs === r.intendedAtMs)).toBe(true);
    const law = littlesLaw(trace.requests);
    expect(json.timeAverageInSystem).toBeCloseTo(law?.timeAverageInSystem ?? NaN, 9);
    expect(json.littlesLaw.throughputTimesLatency).toBeCloseTo(json.timeAverageInSystem, 9);
    expect(json.throughputPerSec).toBeCloseTo(law?.throughputPerSec ?? NaN, 9);
    expect(json.utilisation.workers).toBe(2);
    expect(json.utilisation.offered).toBeCloseTo(0.6, 4);
    expect(json.theory.model).toBe('M/M/c');
    expect(json.theory.meanWaitMs).toBeCloseTo(
      serverTheory(input).theory?.prediction.meanWaitMs ?? NaN,
      3,
    );
  });

  it('says why a closed loop has no closed form, and offers no utilisation of arrivals', async () => {
    const { stdout } = await runCliCaptured(['lab=server&preset=talk-sync-basic']);
    const json = JSON.parse(stdout) as LoadJson;
    expect(json.theory).toEqual({
      model: null,
      reason: expect.stringMatching(/^a closed loop .* not a Poisson arrival process/) as string,
    });
    expect(json.utilisation.offered).toBeNull();
    // One sync worker busy the whole 25 s.
    expect(json.utilisation.measured).toBe(1);
  });

  it('prints one row per utilisation with --sweep, measured beside predicted', async () => {
    const { code, stdout } = await runCliCaptured([
      '--sweep',
      'lab=server&calls=~100&threads=2&requests=2000',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[1]).toBe(
      'sweep: open arrivals at rate = target x 2 workers / E[S] = 100 ms; predicted by M/M/2 (Erlang C)',
    );
    expect(lines[2]?.trim().split(/\s{2,}/)).toEqual([
      'target',
      'rate/s',
      'measured',
      'p50 ms',
      'pred p50',
      'p99 ms',
      'pred p99',
      'mean ms',
      'pred mean',
    ]);
    const rows = lines.slice(3).map((line) => line.trim().split(/\s+/));
    expect(rows.map((r) => r[0])).toEqual([
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
      '60%',
      '70%',
      '80%',
      '90%',
      '95%',
      '99%',
    ]);
    // rate = ρ x 2 / 0.1 s.
    expect(rows.map((r) => r[1])).toEqual([
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
      '14',
      '16',
      '18',
      '19',
      '19.8',
    ]);
    expect(rows.every((r) => r.length === 9 && !r.includes('-'))).toBe(true);
  });

  it('refuses --sweep outside the Server lab, and beside --table', async () => {
    expect((await runCliCaptured(['--sweep', 'calls=~100'])).stderr).toMatch(
      /--sweep runs a load test: add lab=server/,
    );
    const both = await runCliCaptured(['--sweep', '--table', 'lab=server']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--table and --sweep print different tables/);
  });
});
