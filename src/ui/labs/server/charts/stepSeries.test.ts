import { describe, expect, it } from 'vitest';
import { stepFunctionOf, stepSeries, type StepFunction } from './stepSeries.ts';

const fn = (pairs: ReadonlyArray<readonly [number, number]>): StepFunction => ({
  atMs: pairs.map(([t]) => t),
  value: pairs.map(([, v]) => v),
});

describe('step series', () => {
  it('puts every step of several functions on one axis, up to the cursor', () => {
    const series = stepSeries(
      {
        a: fn([
          [0, 2],
          [100, 1],
          [300, 0],
        ]),
        b: fn([[200, 5]]),
      },
      250,
    );
    expect(series.bucketMs).toBeNull();
    expect(series.points).toEqual([
      { tMs: 0, a: 2, b: 0 },
      { tMs: 100, a: 1, b: 0 },
      { tMs: 200, a: 1, b: 5 },
      { tMs: 250, a: 1, b: 5 },
    ]);
  });

  it('downsamples long runs into buckets that keep every peak', () => {
    // A one-ms spike to 9 among a thousand steps of 1.
    const pairs: Array<[number, number]> = [];
    for (let t = 0; t < 1000; t += 1) pairs.push([t, t === 537 ? 9 : 1]);
    const series = stepSeries({ a: fn(pairs) }, 1000, 11);
    expect(series.bucketMs).toBe(100);
    expect(series.points).toHaveLength(11);
    expect(series.points.map((p) => p['a'])).toEqual([1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1]);
  });

  it('reads core’s step rows and draws nothing for an empty run', () => {
    const f = stepFunctionOf([{ atMs: 5, completed: 1 }], (s) => s.completed);
    expect([...(f.atMs as Float64Array)]).toEqual([5]);
    expect(stepSeries({ f }, 0).points).toEqual([]);
  });
});
