import { describe, expect, it } from 'vitest';
import type { HockeyStick } from '../../../../core/queueing/hockeyStick.ts';
import { comparisonRows, comparisonVerdict } from './comparisonText.ts';
import { hockeyStickDescription, hockeyStickSeries } from './hockeyStickSeries.ts';

const point = (utilisation: number, p50Ms: number, p99Ms: number, predicted: boolean) => ({
  utilisation,
  arrivalRatePerSec: utilisation * 20,
  measuredUtilisation: utilisation,
  measured: { p50Ms, p99Ms, meanMs: p50Ms },
  predicted: predicted
    ? { p50Ms: p50Ms * 0.9, p99Ms: p99Ms * 0.9, meanMs: p50Ms }
    : { p50Ms: null, p99Ms: null, meanMs: null },
});

describe('the hockey-stick chart data', () => {
  it('gives one row per utilisation in %, leaving out what a log axis cannot draw', () => {
    const stick: HockeyStick = {
      workers: 2,
      meanServiceMs: 100,
      model: 'M/M/c',
      reason: null,
      points: [point(0.1, 70, 460, true), point(0.95, 0, 2400, true)],
    };
    expect(hockeyStickSeries(stick)).toEqual([
      {
        utilisationPct: 10,
        measuredP50: 70,
        measuredP99: 460,
        predictedP50: 63,
        predictedP99: 414,
      },
      {
        utilisationPct: 95,
        measuredP50: null,
        measuredP99: 2400,
        predictedP50: null,
        predictedP99: 2160,
      },
    ]);
    expect(hockeyStickDescription(stick)).toBe(
      'p99 latency grows from 460 ms at 10 % utilisation to 2,400 ms at 95 %. Dashed: M/M/2 (Erlang C).',
    );
  });

  it('says why there are no dashed lines', () => {
    const stick: HockeyStick = {
      workers: 1,
      meanServiceMs: 1250,
      model: null,
      reason: 'each request makes 4 calls',
      points: [point(0.5, 1300, 2000, false)],
    };
    expect(hockeyStickDescription(stick)).toMatch(/No closed form: each request makes 4 calls\.$/);
  });
});

describe('the closed against open table', () => {
  it('puts the closed loop’s own view first, then from t = 0, then open arrivals', () => {
    const side = (p50: number, p99: number, rate: number) => ({
      throughputPerSec: rate,
      latencyMs: { min: 0, p50, p95: p99, p99, max: p99 },
      latencyFromSentMs: { min: 0, p50: 100, p95: 200, p99: 200, max: 200 },
    });
    const rows = comparisonRows({
      closed: side(900, 1800, 20),
      openRatePerSec: 20,
      open: side(3000, 9000, 19.5),
    });
    expect(rows.map((r) => [r.key, r.p50, r.p99])).toEqual([
      ['closed-sent', '100 ms', '200 ms'],
      ['closed-due', '900 ms', '1,800 ms'],
      ['open', '3,000 ms', '9,000 ms'],
    ]);
    expect(rows[2]?.label).toBe('open arrivals at 20/s (ran at 19.5/s), timed from due');
  });

  it('names the gap when open arrivals wait longer, and says why not when they do not', () => {
    const side = (p99: number) => ({
      throughputPerSec: 20,
      latencyMs: { min: 0, p50: p99, p95: p99, p99, max: p99 },
      latencyFromSentMs: { min: 0, p50: 100, p95: 200, p99: 200, max: 200 },
    });
    const gap = { closed: side(0), openRatePerSec: 20, open: side(1200) };
    expect(comparisonVerdict(gap, 2, 2)).toBe(
      'At the same throughput, open arrivals wait 1,000 ms more at p99 than the closed loop’s ' +
        'clock reports: the coordinated-omission gap.',
    );
    const none = { ...gap, open: side(150) };
    expect(comparisonVerdict(none, 50, 2)).toMatch(/so 48 always wait at the server/);
    expect(comparisonVerdict(none, 50, 100)).toMatch(/only 50 requests in flight for 100 workers/);
  });
});
