import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the CLI as a newcomer would (a real process through tsx), capturing its output. */
function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
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
      peakInFlight: number;
      calls: Array<Record<string, unknown>>;
    };
    expect(json.makespanMs).toBe(750);
    expect(json.predictedMakespanMs).toBe(750);
    expect(json.peakInFlight).toBe(2);
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
    expect(stdout).toContain('makespan 1250 ms, predicted 1250 ms, peak in flight 1');
    expect(stdout.split('\n').filter((line) => / ok$/.test(line))).toHaveLength(4);
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
});
