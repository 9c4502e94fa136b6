import { describe, expect, it } from 'vitest';
import { erlangC, mmcLatencyQuantileMs, mmcLatencyTail } from './erlangC.ts';
import { mdOne, pollaczekKhinchine } from './pollaczekKhinchine.ts';

describe('erlangC', () => {
  it('gives M/M/1 its textbook values: P(wait) = ρ, Wq = ρ / (μ - λ)', () => {
    // λ = 5/s, μ = 10/s: ρ = 0.5, Wq = 0.5 / 5 s = 100 ms, W = 200 ms.
    const p = erlangC({ arrivalRatePerSec: 5, meanServiceMs: 100, servers: 1 });
    expect(p?.utilisation).toBeCloseTo(0.5, 12);
    expect(p?.probabilityOfWait).toBeCloseTo(0.5, 12);
    expect(p?.meanWaitMs).toBeCloseTo(100, 9);
    expect(p?.meanLatencyMs).toBeCloseTo(200, 9);
  });

  it('gives M/M/2 at a = 1 the probability of waiting 1/3 (Erlang C by hand)', () => {
    // B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2; C = 0.2 / (1 - 0.5 x 0.8) = 1/3; Wq = C / (2μ - λ).
    const p = erlangC({ arrivalRatePerSec: 10, meanServiceMs: 100, servers: 2 });
    expect(p?.probabilityOfWait).toBeCloseTo(1 / 3, 12);
    expect(p?.meanWaitMs).toBeCloseTo(100 / 3, 9);
  });

  it('stays finite for a thousand servers, where a^c / c! overflows', () => {
    const p = erlangC({ arrivalRatePerSec: 9_500, meanServiceMs: 100, servers: 1000 });
    expect(p?.probabilityOfWait).toBeGreaterThan(0);
    expect(p?.probabilityOfWait).toBeLessThan(1);
    expect(Number.isFinite(p?.meanWaitMs)).toBe(true);
  });

  it('has no steady state at or above full utilisation', () => {
    expect(erlangC({ arrivalRatePerSec: 10, meanServiceMs: 100, servers: 1 })).toBeNull();
    expect(erlangC({ arrivalRatePerSec: 25, meanServiceMs: 100, servers: 2 })).toBeNull();
  });

  it('gives the M/M/1 latency its exponential tail: the median is ln 2 / (μ - λ)', () => {
    const queue = { arrivalRatePerSec: 5, meanServiceMs: 100, servers: 1 };
    const p = erlangC(queue);
    if (p === null) throw new Error('stable');
    expect(mmcLatencyTail(queue, p, 0)).toBeCloseTo(1, 12);
    expect(mmcLatencyTail(queue, p, 400)).toBeCloseTo(Math.exp(-2), 9);
    expect(mmcLatencyQuantileMs(queue, p, 0.5)).toBeCloseTo(200 * Math.LN2, 2);
    expect(mmcLatencyQuantileMs(queue, p, 0.99)).toBeCloseTo(200 * Math.log(100), 2);
  });

  it('takes the θ = μ branch of the tail continuously', () => {
    // c = 2, λ = μ: θ = 2μ - λ = μ.
    const queue = { arrivalRatePerSec: 10, meanServiceMs: 100, servers: 2 };
    const p = erlangC(queue);
    if (p === null) throw new Error('stable');
    const near = { ...queue, arrivalRatePerSec: 10.000001 };
    const pNear = erlangC(near);
    if (pNear === null) throw new Error('stable');
    expect(mmcLatencyTail(queue, p, 150)).toBeCloseTo(mmcLatencyTail(near, pNear, 150), 6);
  });
});

describe('Pollaczek-Khinchine', () => {
  it('gives M/D/1 half the M/M/1 wait: ρ D / (2 (1 - ρ))', () => {
    expect(mdOne(5, 100)?.meanWaitMs).toBeCloseTo(50, 9);
    expect(mdOne(9.5, 100)?.meanWaitMs).toBeCloseTo(950, 6);
    expect(mdOne(10, 100)).toBeNull();
  });

  it('agrees with Erlang C for exponential service (E[S²] = 2 E[S]²)', () => {
    const mg1 = pollaczekKhinchine(7, 100, 2 * 100 * 100);
    const mm1 = erlangC({ arrivalRatePerSec: 7, meanServiceMs: 100, servers: 1 });
    expect(mg1?.meanWaitMs).toBeCloseTo(mm1?.meanWaitMs ?? NaN, 9);
    expect(mg1?.probabilityOfWait).toBeCloseTo(mm1?.probabilityOfWait ?? NaN, 12);
  });
});
