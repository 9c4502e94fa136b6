import { describe, expect, it } from 'vitest';
import { drawLatencyMs, MAX_LATENCY_MS } from './latency.ts';
import { seededRandom } from './seededRandom.ts';

/** Mean and share-at-or-above of `n` seeded draws. */
function draws(latency: Parameters<typeof drawLatencyMs>[0], n: number, atLeastMs: number) {
  let sum = 0;
  let atLeast = 0;
  for (let k = 0; k < n; k += 1) {
    const ms = drawLatencyMs(latency, seededRandom(11, 0, k));
    expect(Number.isInteger(ms)).toBe(true);
    sum += ms;
    if (ms >= atLeastMs) atLeast += 1;
  }
  return { mean: sum / n, share: atLeast / n };
}

describe('drawLatencyMs, the two tail forms', () => {
  it('draws an exponential whose mean is its mean (100,000 draws, within 4 standard errors)', () => {
    const n = 100_000;
    const { mean } = draws({ kind: 'exponential', meanMs: 100 }, n, 0);
    // Whole-ms rounding adds nothing on average (halves up: +0.5 - 0.5); the SE of the mean is
    // mean / sqrt(n) for an exponential.
    expect(Math.abs(mean - 100)).toBeLessThan(4 * (100 / Math.sqrt(n)));
  });

  it('draws a rare slow call slow for its share of calls, and never anything else', () => {
    const n = 100_000;
    const rare = { kind: 'rare', ms: 10, slowMs: 1000, slowPercent: 1 } as const;
    const { share } = draws(rare, n, 1000);
    expect(Math.abs(share - 0.01)).toBeLessThan(4 * Math.sqrt((0.01 * 0.99) / n));
    for (let k = 0; k < 1000; k += 1) {
      expect([10, 1000]).toContain(drawLatencyMs(rare, seededRandom(3, 1, k)));
    }
  });

  it('clamps an exponential draw at MAX_LATENCY_MS', () => {
    expect(drawLatencyMs({ kind: 'exponential', meanMs: MAX_LATENCY_MS }, () => 1 - 1e-12)).toBe(
      MAX_LATENCY_MS,
    );
  });
});
