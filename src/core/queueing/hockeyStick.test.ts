import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_SPEC } from '../server/serverSpec.ts';
import { hockeyStick, rateForUtilisation, SWEEP_UTILISATIONS } from './hockeyStick.ts';

const mm2 = {
  server: { ...DEFAULT_SERVER_SPEC, requests: 10_000, threads: 2, arrivalRatePerSec: 50 },
  handler: { name: 'sequential' },
  calls: [{ service: 'db', latency: { kind: 'exponential', meanMs: 100 } }],
  seed: 15,
} as const;

describe('hockeyStick', () => {
  it('picks the rate that loads W workers to each utilisation', () => {
    expect(rateForUtilisation(0.5, 2, 100)).toBe(10);
    expect(rateForUtilisation(0.95, 8, 100)).toBe(76);
    expect(rateForUtilisation(0.3, 1, 300)).toBe(1);
    // Three decimals, within the arrivalRate limits.
    expect(rateForUtilisation(0.1, 1, 7)).toBe(14.286);
    expect(rateForUtilisation(0.99, 1024, 0.001)).toBe(10_000);
  });

  it('sweeps 10 % to 99 %, the latency rising slowly and then steeply, beside Erlang C', async () => {
    const stick = await hockeyStick(mm2);
    // The scenario's own rate (50/s, 250 %) does not hide the closed form.
    expect(stick).toMatchObject({ model: 'M/M/c', workers: 2, reason: null });
    expect(stick.points.map((p) => p.utilisation)).toEqual(SWEEP_UTILISATIONS);
    const first = stick.points[0];
    const last = stick.points[stick.points.length - 1];
    if (first === undefined || last === undefined) throw new Error('11 points');
    // The stick: p99 at 99 % is more than ten times p99 at 10 %.
    expect(last.measured.p99Ms).toBeGreaterThan(10 * first.measured.p99Ms);
    // The same arrivals, compressed, never wait less (FIFO waits are monotone in the gaps):
    // p50 and p99 never fall as utilisation rises (to the microsecond of arrival rounding).
    for (let i = 1; i < stick.points.length; i += 1) {
      const [before, after] = [stick.points[i - 1], stick.points[i]];
      expect(after?.measured.p50Ms).toBeGreaterThanOrEqual((before?.measured.p50Ms ?? 0) - 1e-3);
      expect(after?.measured.p99Ms).toBeGreaterThanOrEqual((before?.measured.p99Ms ?? 0) - 1e-3);
    }
    // Up to 50 % the run is near steady state: the median within 10 % of Erlang C's. (At 99 %
    // a run of 10,000 requests is far shorter than the queue's relaxation time, so it is not.)
    for (const p of stick.points.filter((q) => q.utilisation <= 0.5)) {
      expect(
        Math.abs((p.measured.p50Ms - (p.predicted.p50Ms ?? NaN)) / p.measured.p50Ms),
      ).toBeLessThan(0.1);
    }
  }, 60_000);

  it('measures a scenario without a closed form and says why', async () => {
    const stick = await hockeyStick(
      { ...mm2, server: { ...mm2.server, requests: 500 }, calls: [...mm2.calls, ...mm2.calls] },
      [0.5, 0.9],
    );
    expect(stick.model).toBeNull();
    expect(stick.reason).toMatch(/makes 2 calls/);
    expect(stick.points.map((p) => p.predicted)).toEqual([
      { p50Ms: null, p99Ms: null, meanMs: null },
      { p50Ms: null, p99Ms: null, meanMs: null },
    ]);
    expect(stick.points[1]?.measured.p50Ms).toBeGreaterThan(stick.points[0]?.measured.p50Ms ?? 0);
  });
});
