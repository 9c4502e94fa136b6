import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './testing/runCliCaptured.ts';

const sim = (...argv: string[]) => runCliCaptured(argv);

interface RepeatJson {
  runs: number;
  path: string;
  hedgesSent: number;
  callsSent: number;
  makespansMs: number[];
  request: {
    measured: Record<string, number>;
    predicted: Record<string, number> | null;
    noPrediction: string | null;
  };
  call: { measured: Record<string, number>; predicted: Record<string, number> | null };
}

async function json(query: string): Promise<{ makespanMs: number; repeat?: RepeatJson }> {
  const { code, stdout, stderr } = await sim(query);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as { makespanMs: number; repeat?: RepeatJson };
}

describe('sim with repeat=K', () => {
  it('adds each run’s makespan, run 0 being the single run, and both distributions', async () => {
    const out = await json('model=promise-all&calls=10/1000@1*100&repeat=400&seed=4');
    const repeat = out.repeat as RepeatJson;
    expect(repeat.runs).toBe(400);
    expect(repeat.path).toBe('draws');
    expect(repeat.callsSent).toBe(40_000);
    expect(repeat.makespansMs).toHaveLength(400);
    expect(repeat.makespansMs[0]).toBe(out.makespanMs);
    expect(new Set(repeat.makespansMs)).toEqual(new Set([10, 1000]));
    const slow = repeat.makespansMs.filter((ms) => ms === 1000).length;
    // The measured p50 is what the runs say: 1000 once more than half of them are slow.
    expect(repeat.request.measured['p50Ms']).toBe(slow >= 200 ? 1000 : 10);
    expect(repeat.request.predicted).toMatchObject({ p50Ms: 1000, p90Ms: 1000 });
    expect(repeat.request.predicted?.['meanMs']).toBeCloseTo(10 + 990 * (1 - 0.99 ** 100), 9);
    expect(repeat.call.predicted).toMatchObject({ p50Ms: 10, p99Ms: 10, p999Ms: 1000 });
  });

  it('says why a model has no closed form, and leaves a single run as it was', async () => {
    const pool = await json('model=worker-pool&limit=2&calls=~100*6&repeat=50');
    expect(pool.repeat?.request.predicted).toBeNull();
    expect(pool.repeat?.request.noPrediction).toMatch(/list scheduling/);
    expect(pool.repeat?.call.predicted).not.toBeNull();
    expect(await json('model=promise-all&calls=~100*6')).not.toHaveProperty('repeat');
  });

  it('prints the percentiles measured beside predicted and every run’s makespan in the table', async () => {
    const query = 'model=sequential&calls=80-160,~100&repeat=23&seed=2';
    const { stdout } = await sim('--table', query);
    const { repeat } = await json(query);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('repeat: 23 runs'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^\s+p50\s+p90\s+p99\s+p99\.9\s+mean$/);
    expect(lines[at + 2]).toMatch(/^request\s.*measured$/);
    expect(lines[at + 3]).toMatch(/^request\s.*predicted: a numeric convolution/);
    expect(lines[at + 4]).toMatch(/^call\s.*measured$/);
    const listed = lines
      .slice(lines.indexOf('makespan of each run (ms), run 1 first:') + 1)
      .flatMap((l) => l.trim().split(' '))
      .filter((word) => word !== '')
      .map(Number);
    expect(listed).toEqual(repeat?.makespansMs);
    const p50 = Number(lines[at + 2]?.trim().split(/\s+/)[1]);
    expect(p50).toBe(repeat?.request.measured['p50Ms']);
  });

  it('refuses repetitions past the engine’s bound like any invalid query', async () => {
    const { code, stdout, stderr } = await sim('calls=10*100&error=*:5&repeat=3000');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sim: repeat: 3000 runs x up to 100 copies .*use repeat=2000 or less/);
  });
});
