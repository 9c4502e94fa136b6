import { describe, expect, it } from 'vitest';
import { parseLatency } from './callListCodec.ts';
import { drawLatencyMs, MAX_LATENCY_MS, type Latency } from './latency.ts';
import { latencyCdf } from './latencyCdf.ts';
import { seededRandom } from './seededRandom.ts';

const latency = (text: string): Latency => {
  const parsed = parseLatency(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

/** The share of `draws` seeded draws at or below each limit. */
function drawnShare(form: Latency, limitsMs: readonly number[], draws: number): number[] {
  const below = limitsMs.map(() => 0);
  for (let k = 0; k < draws; k += 1) {
    const ms = drawLatencyMs(form, seededRandom(7, 0, k));
    limitsMs.forEach((limitMs, j) => {
      if (ms <= limitMs) below[j] = (below[j] ?? 0) + 1;
    });
  }
  return below.map((count) => count / draws);
}

describe('latencyCdf', () => {
  it('steps at a fixed latency, counting the latency itself (an answer at the deadline wins)', () => {
    expect(latencyCdf(latency('125'), 124)).toBe(0);
    expect(latencyCdf(latency('125'), 125)).toBe(1);
  });

  it('counts whole-ms rounding: a uniform range gives half weight to its two ends', () => {
    const range = latency('80-160');
    expect(latencyCdf(range, 79)).toBe(0);
    expect(latencyCdf(range, 80)).toBeCloseTo(0.5 / 80, 12);
    expect(latencyCdf(range, 120)).toBeCloseTo(40.5 / 80, 12);
    expect(latencyCdf(range, 159)).toBeCloseTo(79.5 / 80, 12);
    expect(latencyCdf(range, 160)).toBe(1);
    expect(latencyCdf(latency('90-90'), 90)).toBe(1);
    expect(latencyCdf(latency('90-90'), 89)).toBe(0);
  });

  it('puts a long tail one rounding step past its median and 99 % under its p99 (+ 0.5 ms)', () => {
    const tail = latency('100~900');
    expect(latencyCdf(tail, 99)).toBeLessThan(0.5);
    expect(latencyCdf(tail, 100)).toBeGreaterThan(0.5);
    expect(latencyCdf(tail, 900)).toBeGreaterThan(0.99);
    expect(latencyCdf(tail, 899)).toBeLessThan(0.99);
    expect(latencyCdf(latency('100~100'), 100)).toBe(1);
    expect(latencyCdf(latency('100~100'), 99)).toBe(0);
  });

  it('is 0 below zero and 1 from the clamp at MAX_LATENCY_MS on', () => {
    expect(latencyCdf(latency('0-10'), -1)).toBe(0);
    expect(latencyCdf(latency('1~600000'), MAX_LATENCY_MS)).toBe(1);
    expect(latencyCdf(latency('1~600000'), MAX_LATENCY_MS - 1)).toBeLessThan(1);
  });

  it('gives an exponential 1 - exp(-(t + 0.5) / mean): whole-ms rounding, as drawn', () => {
    const memoryless = latency('~100');
    expect(latencyCdf(memoryless, 0)).toBeCloseTo(1 - Math.exp(-0.005), 12);
    // The median 100 ln 2 = 69.3 ms: a draw of 69.3 rounds to 69.
    expect(latencyCdf(memoryless, 68)).toBeLessThan(0.5);
    expect(latencyCdf(memoryless, 69)).toBeGreaterThan(0.5);
    expect(latencyCdf(latency('~0'), 0)).toBe(1);
  });

  it('steps twice for a rare slow call: its usual share at the usual latency, all at the slow one', () => {
    const rare = latency('10/1000@1');
    expect(latencyCdf(rare, 9)).toBe(0);
    expect(latencyCdf(rare, 10)).toBeCloseTo(0.99, 12);
    expect(latencyCdf(rare, 999)).toBeCloseTo(0.99, 12);
    expect(latencyCdf(rare, 1000)).toBe(1);
    // A "slow" latency below the usual one is allowed: the steps swap.
    expect(latencyCdf(latency('10/5@25'), 5)).toBeCloseTo(0.25, 12);
  });

  it.each(['80-160', '0-3', '100~900', '50~1000', '5~8', '~100', '~3', '10/1000@1', '100/150@40'])(
    'matches 40,000 seeded draws of %s within 4 standard errors at every limit',
    (text) => {
      const form = latency(text);
      const limitsMs = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 50, 69, 79, 80, 100, 120, 150, 159, 160, 300, 899, 900, 999,
        1000,
      ];
      const draws = 40_000;
      const shares = drawnShare(form, limitsMs, draws);
      limitsMs.forEach((limitMs, j) => {
        const p = latencyCdf(form, limitMs);
        const standardError = Math.sqrt((p * (1 - p)) / draws);
        expect(Math.abs((shares[j] ?? 0) - p)).toBeLessThanOrEqual(4 * standardError + 1e-12);
      });
    },
  );
});
