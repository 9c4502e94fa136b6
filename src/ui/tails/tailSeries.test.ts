import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../core/scenario.ts';
import { applyTailPreset } from '../../core/tails/tailPresets.ts';
import { tailReport } from '../../core/tails/tailReport.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import { slowShare, tailRows } from './tailFigures.ts';
import { formatNumber } from '../../core/format/formatNumber.ts';
import { MAX_TAIL_POINTS, shareText, shareTicks, tailSeries } from './tailSeries.ts';

async function reportOf(query: string) {
  return tailReport(decodeScenario(query).scenario);
}

describe('tailSeries: the share of latencies above each x', () => {
  it('counts exactly, with gaps where nothing is slower, on at most MAX_TAIL_POINTS points', async () => {
    const report = await reportOf('model=promise-all&calls=10/1000@1*100&repeat=2000&seed=3');
    const series = tailSeries(report.request);
    expect(series.points.length).toBeLessThanOrEqual(MAX_TAIL_POINTS);
    expect(series.points[0]).toMatchObject({ ms: 0, measured: 1, predicted: 1 });
    const slow = report.runs.makespansMs.filter((ms) => ms > 500).length / 2000;
    const middle = series.points.find((p) => p.ms > 500 && p.ms < 1000);
    expect(middle?.measured).toBe(slow);
    expect(middle?.predicted).toBeCloseTo(1 - 0.99 ** 100, 12);
    // Nothing lasts past 1000 ms: the last point (at or past the end) has no share to draw.
    expect(series.points[series.points.length - 1]).toMatchObject({
      measured: null,
      predicted: null,
    });
    expect(series.endMs).toBeGreaterThanOrEqual(1000);
  });

  it('draws no predicted line without a closed form', async () => {
    const report = await reportOf('model=worker-pool&limit=2&calls=~100*5&repeat=100');
    expect(tailSeries(report.request).points.every((p) => p.predicted === null)).toBe(true);
    expect(tailSeries(report.call).points.some((p) => p.predicted !== null)).toBe(true);
  });

  it('ticks decades down to the floor, written with the decimals each needs', () => {
    expect(shareTicks(0.001)).toHaveLength(4);
    expect(shareTicks(0.001)[3]).toBeCloseTo(0.001, 15);
    const text = (share: number) =>
      shareText(share, (pct, decimals) => formatNumber(pct, { decimals }));
    expect(shareTicks(1e-5).map(text)).toEqual(['100%', '10%', '1%', '0.1%', '0.01%', '0.001%']);
    expect(text(0.634)).toBe('63.4%');
    expect(text(0.000634)).toBe('0.06%');
  });

  it('stops the axis at the decade of one run in the total, and never below 0.001 %', async () => {
    const report = await reportOf('model=promise-all&calls=10/1000@1*100&repeat=2000&seed=3');
    // 2,000 requests: one is 0.05 %, so the axis reaches down to 0.01 %.
    expect(tailSeries(report.request).floorShare).toBeCloseTo(1e-4, 15);
    // 200,000 calls: one is 0.0005 %, below the 0.001 % floor.
    expect(tailSeries(report.call).floorShare).toBeCloseTo(1e-5, 15);
  });
});

describe('tail figures', () => {
  it('put p50 to p99.9 and the mean side by side, measured and predicted', async () => {
    const report = await reportOf('model=sequential&calls=80-160,~50&repeat=500');
    const rows = tailRows(report);
    expect(rows.map((r) => r.label)).toEqual(['p50', 'p90', 'p99', 'p99.9', 'mean']);
    expect(rows[0]?.requestMeasuredMs).toBe(report.request.measured.p50Ms);
    // One call in two is 80-160 (mean 120), the other ~50 (mean 50, rounded draws): 85 pooled.
    expect(rows[4]?.callPredictedMs).toBeCloseTo(85, 2);
    expect(rows[4]?.requestPredictedMs).toBeCloseTo(170, 2);
  });

  it('count 63 % of fan-out-100 requests slower than one call’s p99', async () => {
    const scenario = applyTailPreset(DEFAULT_SCENARIO, 'fan-out-100');
    const share = slowShare(await tailReport(scenario));
    expect(share.callP99Ms).toBe(10);
    expect(share.predictedPct).toBeCloseTo(100 * (1 - 0.99 ** 100), 10);
    // 10,000 runs: within 5 standard errors (0.48 points each), p < 6e-7 of a false failure.
    expect(Math.abs(share.measuredPct - 63.4)).toBeLessThan(2.5);
  });
});
