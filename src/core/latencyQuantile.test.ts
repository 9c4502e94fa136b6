import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { parseLatency } from './callListCodec.ts';
import type { Latency } from './latency.ts';
import { latencyCdf } from './latencyCdf.ts';
import { latencyQuantileMs } from './latencyQuantile.ts';
import { latencies } from './testing/scenarioArbitraries.ts';

const latency = (text: string): Latency => {
  const parsed = parseLatency(text);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

describe('latencyQuantileMs', () => {
  it('is the latency itself for a fixed call, at every p', () => {
    expect(latencyQuantileMs(latency('125'), 0.01)).toBe(125);
    expect(latencyQuantileMs(latency('125'), 1)).toBe(125);
  });

  it('puts a rare slow call p95 at its usual latency and p99.5 at its slow one', () => {
    const rare = latency('10/1000@1');
    expect(latencyQuantileMs(rare, 0.95)).toBe(10);
    expect(latencyQuantileMs(rare, 0.99)).toBe(10);
    expect(latencyQuantileMs(rare, 0.995)).toBe(1000);
  });

  it('gives an exponential its median ln 2 x mean and p95 ln 20 x mean, to whole-ms rounding', () => {
    expect(latencyQuantileMs(latency('~100'), 0.5)).toBe(Math.round(100 * Math.LN2));
    expect(latencyQuantileMs(latency('~100'), 0.95)).toBe(Math.round(100 * Math.log(20)));
  });

  it('gives a long tail its median and its p99 (the form names them)', () => {
    expect(latencyQuantileMs(latency('100~900'), 0.5)).toBe(100);
    expect(latencyQuantileMs(latency('100~900'), 0.99)).toBe(900);
  });

  it('returns the smallest whole ms whose CDF reaches p, for every form', () => {
    fc.assert(
      fc.property(latencies, fc.double({ min: 0.001, max: 1, noNaN: true }), (form, p) => {
        const q = latencyQuantileMs(form, p);
        expect(latencyCdf(form, q)).toBeGreaterThanOrEqual(p - 1e-12);
        // At q = 0 the step below is the CDF at -1, which is 0.
        expect(latencyCdf(form, q - 1)).toBeLessThan(p);
      }),
    );
  });

  it('refuses a p outside (0, 1]', () => {
    expect(() => latencyQuantileMs(latency('125'), 0)).toThrow(RangeError);
    expect(() => latencyQuantileMs(latency('125'), 1.5)).toThrow(RangeError);
  });
});
