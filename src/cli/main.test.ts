import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const BUNDLED = fileURLToPath(new URL('../../scripts/runBundled.mjs', import.meta.url));

/**
 * Runs the CLI as a newcomer would: what `npm run sim` runs (package.json), a real process that
 * bundles src/cli/main.ts and runs it under plain Node, capturing its output.
 */
function sim(...args: string[]) {
  const result = spawnSync(process.execPath, [BUNDLED, '--quiet', MAIN, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sim CLI', () => {
  it('prints the virtual run of a query as JSON, with the prediction beside it', () => {
    const { code, stdout } = sim('?model=worker-pool&limit=2&calls=125,250,375,500');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      makespanMs: number;
      predictedMakespanMs: number;
      peakCallsInFlight: number;
      peakRequestsOnWire: number;
      calls: Array<Record<string, unknown>>;
    };
    expect(json.makespanMs).toBe(750);
    expect(json.predictedMakespanMs).toBe(750);
    expect(json.peakCallsInFlight).toBe(2);
    expect(json.peakRequestsOnWire).toBe(2);
    expect(
      json.calls.map((c) => [c['index'], c['service'], c['startedAtMs'], c['endedAtMs']]),
    ).toEqual([
      [0, 'session', 0, 125],
      [1, 'business', 0, 250],
      [2, 'user', 125, 500],
      [3, 'reviews', 250, 750],
    ]);
    expect(json.calls[0]).toMatchObject({ request: 0, readyAtMs: 0, status: 'ok' });
  });

  it('prints a readable table with --table', () => {
    const { code, stdout } = sim('--table', 'model=sequential');
    expect(code).toBe(0);
    expect(stdout).toContain('makespan 1,250 ms, predicted 1,250 ms, total wait 1,250 ms');
    expect(stdout).toContain('peaks: 1 call started and not finished, 1 request on the wire');
    expect(stdout.split('\n').filter((line) => / ok$/.test(line))).toHaveLength(4);
  });

  it('reports calls started and not finished apart from requests on the wire (a hedge is two)', () => {
    const { code, stdout } = sim('model=worker-pool&limit=1&calls=300,300&hedge=100');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ peakCallsInFlight: 1, peakRequestsOnWire: 2 });
    // The old, ambiguous name is gone rather than kept beside the two plain ones.
    expect(json).not.toHaveProperty('peakInFlight');
  });

  it('exits non-zero with every codec message on stderr for an invalid query', () => {
    const { code, stdout, stderr } = sim('model=nope&limit=abc');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/model: "nope" is not a model/);
    expect(stderr).toMatch(/limit: "abc"/);
  });

  it('explains bad usage instead of guessing', () => {
    const { code, stderr } = sim('--tabel', 'model=sequential');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option --tabel/);
    expect(stderr).toMatch(/Usage:/);
  });

  it('runs the load test for lab=server: a talk preset gives its ideal, with every request', () => {
    const { code, stdout } = sim('lab=server&preset=talk-sync-processes');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      scenario: string;
      makespanMs: number;
      predictedMakespanMs: number;
      requests: Array<Record<string, unknown>>;
      calls: Array<Record<string, unknown>>;
    };
    expect(json.scenario).toBe('lab=server&preset=talk-sync-processes');
    expect(json.makespanMs).toBe(6250);
    expect(json.predictedMakespanMs).toBe(6250);
    expect(json.requests).toHaveLength(20);
    expect(json.requests[4]).toEqual({
      index: 4,
      intendedAtMs: 0,
      sentAtMs: 0,
      startedAtMs: 1250,
      freedAtMs: 2500,
      endedAtMs: 2500,
      worker: 0,
      process: 0,
    });
    expect(json.calls).toHaveLength(80);
    expect(json.calls.map((c) => c['request'])).toEqual(
      Array.from({ length: 80 }, (_, i) => Math.floor(i / 4)),
    );
    expect(json.calls[4]).toMatchObject({ request: 1, index: 0, startedAtMs: 0, endedAtMs: 125 });
    // Four sequential handlers: four calls at once, each one request on the wire (no faults).
    expect(json).toMatchObject({ peakCallsInFlight: 4, peakRequestsOnWire: 4 });
  });

  it('prints one row per request with --table, the first 50 then a count, and the summary', () => {
    const { code, stdout } = sim('--table', 'lab=server&preset=talk-gevent-200');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.filter((line) => /^\s*\d+(\s+\d+){8}$/.test(line))).toHaveLength(50);
    expect(stdout).toContain('... and 150 more requests');
    expect(stdout).toContain('makespan 2,000 ms, predicted 2,000 ms: ceil(200 / min(100, 50))');
    // 200 requests due at t = 0, 100 served at a time: the second hundred waits 1 s at the client.
    expect(stdout).toContain('throughput 100 req/s, latency p50 1,000 ms, p95 2,000 ms');
    expect(stdout).toContain('as a closed-loop client like hammer.py measures it: p50 500 ms');
  });

  it('says when the prediction is only a lower bound (the upstream capacity binds)', () => {
    const { stdout } = sim('lab=server&preset=talk-gevent-100&concurrency=100');
    const json = JSON.parse(stdout) as {
      makespanMs: number;
      predictedMakespanMs: number;
      prediction: { isLowerBound: boolean };
    };
    expect(json).toMatchObject({ makespanMs: 1000, predictedMakespanMs: 500 });
    expect(json.prediction.isLowerBound).toBe(true);
  });

  it('reports an invalid server parameter like any other', () => {
    const { code, stderr } = sim('lab=server&greenlets=0');
    expect(code).toBe(1);
    expect(stderr).toMatch(/greenlets: "0" is below the minimum of 1/);
  });
});
