import { describe, expect, it } from 'vitest';
import {
  distributionOf,
  distributionOfCounts,
  fractionAtMost,
  quantileMs,
  summarize,
} from './latencyDistribution.ts';

describe('latencyDistribution: exact quantiles of whole-ms samples', () => {
  it('takes the nearest rank: the smallest sample with at least p of them at or below it', () => {
    const hundred = distributionOf(Array.from({ length: 100 }, (_, i) => 100 - i)); // 1..100
    expect(quantileMs(hundred, 0.5)).toBe(50);
    expect(quantileMs(hundred, 0.9)).toBe(90);
    // 0.99 x 100 is 99.00000000000001 in floating point: still rank 99.
    expect(quantileMs(hundred, 0.99)).toBe(99);
    expect(quantileMs(hundred, 0.999)).toBe(100);
    expect(quantileMs(hundred, 1)).toBe(100);
  });

  it('counts repeated values once, with their multiplicity', () => {
    const d = distributionOf([10, 1000, 10, 10]);
    expect([...d.valuesMs]).toEqual([10, 1000]);
    expect([...d.counts]).toEqual([3, 1]);
    expect(quantileMs(d, 0.75)).toBe(10);
    expect(quantileMs(d, 0.76)).toBe(1000);
    expect(fractionAtMost(d, 999)).toBe(0.75);
    expect(fractionAtMost(d, 1000)).toBe(1);
    expect(fractionAtMost(d, 9)).toBe(0);
  });

  it('summarizes count, mean, extremes and p50 to p99.9', () => {
    const d = distributionOf([10, 1000, 10, 10]);
    expect(summarize(d)).toEqual({
      count: 4,
      meanMs: 257.5,
      minMs: 10,
      maxMs: 1000,
      p50Ms: 10,
      p90Ms: 1000,
      p99Ms: 1000,
      p999Ms: 1000,
    });
    expect(summarize(distributionOf([])).p50Ms).toBeNaN();
  });

  it('reads a value -> count table as the same distribution as the samples', () => {
    const samples = [5, 7, 7, 3, 5, 5, 12];
    const table = new Map<number, number>([
      [7, 2],
      [5, 3],
      [12, 1],
      [3, 1],
      [99, 0],
    ]);
    expect(distributionOfCounts(table)).toEqual(distributionOf(samples));
  });
});
