import { describe, expect, it } from 'vitest';
import { faultyRun } from '../testing/faultyTimelineOf.ts';
import { faultStats } from './faultStats.ts';

describe('faultStats', () => {
  it('counts the time of calls answered after Promise.all rejected as wasted', async () => {
    const { trace } = await faultyRun(
      [125, 250, 375, 500],
      { name: 'promise-all' },
      { 1: ['error'] },
    );
    const stats = faultStats(trace);
    expect(stats.successPct).toBe(75);
    expect(stats.failedCalls).toBe(1);
    expect(stats.callTimeMs).toBe(1250);
    // The failed call (250) and the two answered after the failure at 250 (375 + 500).
    expect(stats.wastedMs).toBe(1125);
    expect(stats.wastedPct).toBeCloseTo(90, 9);
  });

  it('counts retries and hedges as copies, and failed copies as wasted', async () => {
    const { trace } = await faultyRun(
      [100, 1000],
      { name: 'promise-all' },
      { 0: ['error', 'ok'], 1: ['ok', { fault: 'ok', ms: 100 }] },
      { retries: 1, backoffMs: 0, jitter: 'none', hedgeMs: 300 },
    );
    const stats = faultStats(trace);
    expect(stats.copiesSent).toBe(4);
    expect(stats.retriesSent).toBe(1);
    expect(stats.hedgesSent).toBe(1);
    expect(stats.loadFactor).toBe(2);
    // Call 0's failed first copy (100) and call 1's withdrawn first copy (0 → 400).
    expect(stats.wastedMs).toBe(500);
    expect(stats.okDurationP99Ms).toBe(400);
  });

  it('a run without faults wastes nothing and succeeds fully', async () => {
    const { trace } = await faultyRun([10, 20], { name: 'promise-all' }, {});
    expect(faultStats(trace)).toMatchObject({ successPct: 100, wastedMs: 0, loadFactor: 1 });
  });
});
