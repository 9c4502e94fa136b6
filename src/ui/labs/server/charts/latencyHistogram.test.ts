import { describe, expect, it } from 'vitest';
import { latencyHistogram } from './latencyHistogram.ts';

describe('latency histogram', () => {
  it('bins latencies in round widths and marks the nearest-rank percentiles', () => {
    // The talk's sync processes row: 5 rounds of 4 requests, 1.25 s each.
    const latencies = [1250, 2500, 3750, 5000, 6250].flatMap((ms) => [ms, ms, ms, ms]);
    const h = latencyHistogram(latencies, 6);
    expect(h?.binMs).toBe(1000);
    expect(h?.bins.map((b) => [b.fromMs, b.count])).toEqual([
      [1000, 4],
      [2000, 4],
      [3000, 4],
      [4000, 0],
      [5000, 4],
      [6000, 4],
    ]);
    expect([h?.p50, h?.p95, h?.p99]).toEqual([3750, 6250, 6250]);
    expect(h?.count).toBe(20);
  });

  it('puts equal latencies in one bin', () => {
    const h = latencyHistogram(new Array<number>(200).fill(500));
    expect(h?.bins).toEqual([{ fromMs: 500, toMs: 550, count: 200 }]);
    expect([h?.p50, h?.p95, h?.p99]).toEqual([500, 500, 500]);
  });

  it('keeps a value on a bin edge in the bin that starts there, and the maximum in the last', () => {
    const h = latencyHistogram([0, 10, 20], 2);
    expect(h?.bins.map((b) => [b.fromMs, b.toMs, b.count])).toEqual([
      [0, 10, 1],
      [10, 20, 1],
      [20, 30, 1],
    ]);
    expect(latencyHistogram([])).toBeNull();
  });
});
