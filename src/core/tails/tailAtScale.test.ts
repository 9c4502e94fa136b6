import { describe, expect, it } from 'vitest';
import { latencyCdf } from '../latencyCdf.ts';
import { latencyQuantileMs } from '../latencyQuantile.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario.ts';
import { decodeScenario, encodeScenario } from '../urlCodec.ts';
import { distributionOf, quantileMs } from './latencyDistribution.ts';
import { repeatFanOut } from './repeatFanOut.ts';
import { predictRequestTail } from './tailPrediction.ts';
import { applyTailPreset, TAIL_PRESETS, tailPresetOf, type TailPresetName } from './tailPresets.ts';

/**
 * Statistical checks of the Tail at Scale examples (Dean and Barroso, CACM 2013) on the
 * virtual engine's draws. Each interval is 5 standard errors wide on either side: a correct
 * engine fails one with probability below 6e-7 (normal approximation, n >= 20,000), and the
 * seeds are fixed, so a run that passes passes every time.
 */
const RUNS = 20_000;
const Z = 5;

function preset(name: TailPresetName, seed = 1): Scenario {
  const base = { ...DEFAULT_SCENARIO, run: { ...DEFAULT_SCENARIO.run, seed } };
  return {
    ...applyTailPreset(base, name),
    run: { ...applyTailPreset(base, name).run, repeat: RUNS },
  };
}

/** A distribution-free interval for the p-quantile: order statistics n p -+ Z sqrt(n p (1 - p)). */
function quantileInterval(samples: Float64Array, p: number): { low: number; high: number } {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const spread = Z * Math.sqrt(n * p * (1 - p));
  const at = (rank: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(rank) - 1))] as number;
  return { low: at(n * p - spread), high: at(n * p + spread) };
}

describe('the Tail at Scale, checked', () => {
  it('makes 63 % of requests slower than 1 s when 100 calls each have a 1 % chance of 1 s', async () => {
    const scenario = preset('fan-out-100');
    const runs = await repeatFanOut(scenario);
    const slow = runs.makespansMs.filter((ms) => ms >= 1000).length / RUNS;
    const p = 1 - 0.99 ** 100; // 0.634
    const standardError = Math.sqrt((p * (1 - p)) / RUNS); // 0.0034
    expect(Math.abs(slow - p)).toBeLessThan(Z * standardError);
    // The exact prediction says the same: P(max < 1000) = P(every call fast) = 0.99^100.
    const prediction = predictRequestTail(scenario);
    if (prediction.kind !== 'exact') throw new Error(prediction.reason);
    expect(1 - prediction.cdf(999)).toBeCloseTo(p, 12);
    expect(prediction.summary.p50Ms).toBe(1000);
  });

  it('makes only 1 % of requests slow when the request makes one such call', async () => {
    const runs = await repeatFanOut(preset('one-slow-call', 2));
    const slow = runs.makespansMs.filter((ms) => ms >= 1000).length / RUNS;
    expect(Math.abs(slow - 0.01)).toBeLessThan(Z * Math.sqrt((0.01 * 0.99) / RUNS));
  });

  it('hedging each call at its own p95 sends about 5 % more calls and cuts the request p99', async () => {
    const plain = await repeatFanOut(preset('fan-out-exp', 3));
    const hedged = await repeatFanOut(preset('hedged-p95', 3));
    // Extra copies: each call is hedged when its first draw exceeds h = its p95, independently.
    const exponential = { kind: 'exponential', meanMs: 100 } as const;
    const h = latencyQuantileMs(exponential, 0.95);
    const q = 1 - latencyCdf(exponential, h); // just under 5 %: h is the first whole ms past p95
    expect(q).toBeGreaterThan(0.045);
    expect(q).toBeLessThanOrEqual(0.05);
    const extra = hedged.hedgesSent / hedged.callsSent;
    expect(Math.abs(extra - q)).toBeLessThan(Z * Math.sqrt((q * (1 - q)) / hedged.callsSent));
    expect(plain.hedgesSent).toBe(0);
    // The request's p99, each with its interval: the hedged one lies wholly below.
    const plainP99 = quantileInterval(plain.makespansMs, 0.99);
    const hedgedP99 = quantileInterval(hedged.makespansMs, 0.99);
    expect(hedgedP99.high).toBeLessThan(plainP99.low);
    // And each prediction lies within its measured interval.
    for (const [scenario, interval] of [
      [preset('fan-out-exp'), plainP99],
      [preset('hedged-p95'), hedgedP99],
    ] as const) {
      const prediction = predictRequestTail(scenario);
      if (prediction.kind !== 'exact') throw new Error(prediction.reason);
      expect(prediction.summary.p99Ms).toBeGreaterThanOrEqual(interval.low);
      expect(prediction.summary.p99Ms).toBeLessThanOrEqual(interval.high);
    }
    expect(quantileMs(distributionOf(hedged.makespansMs), 0.99)).toBeLessThan(
      quantileMs(distributionOf(plain.makespansMs), 0.99),
    );
  });
});

describe('tail presets', () => {
  it('set up the Fan-out lab as their calls, hedge and repetitions, and are recognised', () => {
    for (const { name, calls, hedge } of TAIL_PRESETS) {
      const scenario = applyTailPreset(DEFAULT_SCENARIO, name);
      const query = encodeScenario(scenario);
      expect(query).toContain(`calls=${encodeURIComponent(calls).replace(/%2F/g, '/')}`);
      expect(query.includes('hedge=p95')).toBe(hedge === 'p95');
      expect(decodeScenario(query).scenario).toEqual(scenario);
      expect(tailPresetOf(scenario)).toBe(name);
    }
    expect(tailPresetOf(DEFAULT_SCENARIO)).toBeNull();
  });
});
