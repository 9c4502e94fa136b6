import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario.ts';
import { decodeScenario } from '../urlCodec.ts';
import { distributionOf, distributionOfCounts, fractionAtMost } from './latencyDistribution.ts';
import { repeatFanOut } from './repeatFanOut.ts';
import { predictCallTail, predictRequestTail, quantileOfCdf } from './tailPrediction.ts';

function scenarioOf(query: string): Scenario {
  const { scenario, messages } = decodeScenario(query);
  expect(messages).toEqual([]);
  return scenario;
}

function exact(query: string) {
  const prediction = predictRequestTail(scenarioOf(query));
  if (prediction.kind !== 'exact') throw new Error(`no prediction: ${prediction.reason}`);
  return prediction;
}

/**
 * Dvoretzky-Kiefer-Wolfowitz: the empirical CDF of n independent runs is within eps of the true
 * CDF everywhere with probability >= 1 - 2 exp(-2 n eps^2). n = 20,000, eps = 0.02: a false
 * failure has probability below 2.3e-7 (and the seeds are fixed, so a pass is reproducible).
 */
const RUNS = 20_000;
const DKW_EPS = 0.02;

async function largestCdfGap(query: string): Promise<number> {
  const scenario = scenarioOf(query);
  const prediction = predictRequestTail(scenario);
  if (prediction.kind !== 'exact') throw new Error(prediction.reason);
  const runs = await repeatFanOut(scenario, RUNS);
  const measured = distributionOf(runs.makespansMs);
  let gap = 0;
  for (const t of measured.valuesMs) {
    gap = Math.max(gap, Math.abs(fractionAtMost(measured, t) - prediction.cdf(t)));
    gap = Math.max(gap, Math.abs(fractionAtMost(measured, t - 1) - prediction.cdf(t - 1)));
  }
  return gap;
}

describe('predictRequestTail: the exact distribution of a request’s latency', () => {
  it('is the product of the calls’ CDFs for promise-all', () => {
    const p = exact('model=promise-all&calls=80-160*3');
    // P(one draw <= t) = (t + 0.5 - 80) / 80 on [80, 160]: the maximum of three is its cube.
    for (const t of [79, 80, 100, 140, 159, 160]) {
      const one = Math.min(1, Math.max(0, (t + 0.5 - 80) / 80));
      expect(p.cdf(t)).toBeCloseTo(one ** 3, 12);
    }
    // p50 solves ((t + 0.5 - 80) / 80)^3 >= 0.5: t >= 80 x 0.5^(1/3) + 79.5 = 142.997.
    expect(p.summary.p50Ms).toBe(143);
  });

  it('convolves a loop of awaits: the whole PMF of 10-12 then 20-21', () => {
    const p = exact('model=sequential&calls=10-12,20-21');
    // Rounded uniform draws: 10-12 gives 10, 11, 12 with 1/4, 1/2, 1/4; 20-21 gives 20, 21 evenly.
    const pmf = [0.125, 0.375, 0.375, 0.125]; // sums 30..33
    let cdf = 0;
    for (let t = 29; t <= 34; t += 1) {
      cdf += pmf[t - 30] ?? 0;
      expect(p.cdf(t)).toBeCloseTo(cdf, 12);
    }
    expect(p.summary.meanMs).toBeCloseTo(31.5, 9);
  });

  it('shifts each call by its throttled start, and waits for offloaded work', () => {
    const throttled = exact('model=throttled&throttle=fixed&cap=1&window=100&calls=0-40*2');
    // Starts 0 and 100: the request ends with the second call, in [100, 140].
    expect(throttled.cdf(99)).toBe(0);
    expect(throttled.summary.p50Ms).toBe(120);
    const offload = exact('model=offload&work=300&calls=0-40*2');
    expect(offload.cdf(299)).toBe(0);
    expect(offload.cdf(300)).toBe(1);
  });

  it('says why there is no closed form', () => {
    const reason = (query: string) => {
      const p = predictRequestTail(scenarioOf(query));
      return p.kind === 'none' ? p.reason : 'exact';
    };
    expect(reason('model=worker-pool&limit=2&calls=10*5')).toMatch(/list scheduling/);
    expect(reason('model=worker-pool&limit=5&calls=10*5')).toBe('exact');
    expect(reason('model=promise-all&calls=10*5&error=*:5')).toMatch(/failures/);
    expect(reason('model=promise-all&calls=10*5&connections=2')).toMatch(/connections/);
    expect(reason('model=throttled&limit=2&calls=10*5')).toMatch(/bound of 2/);
  });

  it('matches the engine’s measured CDF within the DKW bound, model by model', async () => {
    for (const query of [
      'model=promise-all&calls=80-160,100~900,40*3&seed=3',
      'model=sequential&calls=80-160,100~300,10-30&seed=4',
      'model=batches&limit=2&calls=80-160*3,50~70*2&seed=5',
      'model=throttled&throttle=sliding&cap=2&window=50&calls=100~300*5&seed=6',
      'model=promise-all&calls=80-160*8&hedge=p90&seed=7',
    ]) {
      const gap = await largestCdfGap(query);
      // A gap of exactly 0 would mean no point was compared.
      expect({ query, within: gap < DKW_EPS, compared: gap > 0 }).toEqual({
        query,
        within: true,
        compared: true,
      });
    }
  });
});

describe('predictCallTail: one call’s time, pooled over the calls', () => {
  it('is the mean of the calls’ CDFs and matches the measured calls', async () => {
    const scenario = scenarioOf('model=worker-pool&limit=2&calls=80-160,100~900*2&seed=9');
    const p = predictCallTail(scenario);
    if (p.kind !== 'exact') throw new Error(p.reason);
    const runs = await repeatFanOut(scenario, 10_000);
    const measured = distributionOfCounts(runs.callLatencyCounts);
    // The pooled CDF is the mean of the three calls' empirical CDFs (10,000 independent draws
    // each); DKW puts each within 0.03 but with probability 2 exp(-18) = 3e-8, so the mean is
    // within 0.03 except with probability below 1e-7.
    for (const t of measured.valuesMs) {
      expect(Math.abs(fractionAtMost(measured, t) - p.cdf(t))).toBeLessThan(0.03);
    }
  });

  it('finds the smallest whole ms reaching a probability', () => {
    expect(quantileOfCdf((t) => (t >= 7 ? 1 : 0), 0.5, 100)).toBe(7);
    expect(quantileOfCdf((t) => Math.min(1, t / 100), 0.99, 1000)).toBe(99);
  });
});
