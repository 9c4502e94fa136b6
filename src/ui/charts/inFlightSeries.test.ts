import { describe, expect, it } from 'vitest';
import { predict } from '../../core/predict.ts';
import { requestsOnWireSteps } from '../../core/requestsOnWire.ts';
import { simulateScenario } from '../../core/simulateScenario.ts';
import { inFlightSteps } from '../../core/stats.ts';
import type { CallSpan } from '../../core/trace.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import { CopyList } from '../timeline/copyList.ts';
import { COPY_CODE } from '../timeline/timelineCodes.ts';
import { timelineDataFromTrace } from '../timeline/timelineData.ts';
import {
  clipInFlightSteps,
  inFlightSeries,
  inFlightStepsOf,
  MAX_IN_FLIGHT_POINTS,
  type InFlightPoint,
} from './inFlightSeries.ts';
import { timelineDataOf } from './testing/timelineDataOf.ts';

const peakOf = (points: readonly InFlightPoint[]): number =>
  points.reduce((peak, p) => Math.max(peak, p.inFlight), 0);

/** A worker pool of `limit` over `n` calls of varied latency, as a finished run. */
function poolRun(n: number, limit: number) {
  const latencies = Array.from({ length: n }, (_, i) => 10 + ((i * 37) % 90));
  const { startsMs, endsMs } = predict(latencies, { name: 'worker-pool', limit });
  return timelineDataOf(startsMs.map((s, i) => ({ startedAtMs: s, endedAtMs: endsMs[i] ?? s })));
}

describe('inFlightSeries', () => {
  it('draws the exact step function of a small run, from 0 to the cursor', () => {
    // The talk's four calls, all at once.
    const data = timelineDataOf(
      [125, 250, 375, 500].map((d) => ({ startedAtMs: 0, endedAtMs: d })),
    );
    expect(inFlightSeries(data, 600)).toEqual({
      bucketMs: null,
      points: [
        { tMs: 0, inFlight: 4 },
        { tMs: 125, inFlight: 3 },
        { tMs: 250, inFlight: 2 },
        { tMs: 375, inFlight: 1 },
        { tMs: 500, inFlight: 0 },
        { tMs: 600, inFlight: 0 },
      ],
    });
  });

  it('clips at nowMs: nothing after the cursor, the last value held up to it', () => {
    const data = timelineDataOf([
      { startedAtMs: 0, endedAtMs: 100 },
      { startedAtMs: 100, endedAtMs: 200 },
      { startedAtMs: 150, endedAtMs: 300 },
    ]);
    expect(inFlightSeries(data, 160).points).toEqual([
      { tMs: 0, inFlight: 1 },
      { tMs: 100, inFlight: 1 },
      { tMs: 150, inFlight: 2 },
      { tMs: 160, inFlight: 2 },
    ]);
  });

  it('counts a call in flight (end unknown) until the cursor, and a call not sent not at all', () => {
    const data = timelineDataOf([
      { startedAtMs: 20, endedAtMs: Infinity },
      { startedAtMs: Infinity, endedAtMs: Infinity },
    ]);
    expect(inFlightSeries(data, 50).points).toEqual([
      { tMs: 0, inFlight: 0 },
      { tMs: 20, inFlight: 1 },
      { tMs: 50, inFlight: 1 },
    ]);
  });

  it('never overlaps a call ending at t with one starting at t, and skips zero-latency calls', () => {
    const data = timelineDataOf([
      { startedAtMs: 0, endedAtMs: 100 },
      { startedAtMs: 100, endedAtMs: 200 },
      { startedAtMs: 50, endedAtMs: 50 },
    ]);
    expect(peakOf(inFlightSeries(data, 200).points)).toBe(1);
  });

  it('returns no points for empty data or a cursor at 0', () => {
    expect(inFlightSeries(timelineDataOf([]), 0)).toEqual({ points: [], bucketMs: null });
    expect(inFlightSeries(timelineDataOf([]), Infinity).points).toEqual([]);
    expect(inFlightSeries(poolRun(10, 2), 0).points).toEqual([]);
    expect(inFlightSeries(timelineDataOf([]), 100).points).toEqual([
      { tMs: 0, inFlight: 0 },
      { tMs: 100, inFlight: 0 },
    ]);
  });

  it('reads nowMs = Infinity as the whole run', () => {
    const data = timelineDataOf([{ startedAtMs: 0, endedAtMs: 40 }]);
    expect(inFlightSeries(data, Infinity).points).toEqual([
      { tMs: 0, inFlight: 1 },
      { tMs: 40, inFlight: 0 },
    ]);
  });

  it('downsamples a big run to at most 300 points, keeping its peak', () => {
    const data = poolRun(10_000, 7);
    const series = inFlightSeries(data, Infinity);
    expect(series.points.length).toBeLessThanOrEqual(MAX_IN_FLIGHT_POINTS);
    expect(series.bucketMs).not.toBeNull();
    expect(peakOf(series.points)).toBe(7);
  });

  it('keeps a one-instant spike that falls inside a bucket', () => {
    // 5,000 sequential calls of 10 ms, plus 40 extra calls in flight for 1 ms in the middle.
    const spans = Array.from({ length: 5000 }, (_, i) => ({
      startedAtMs: i * 10,
      endedAtMs: i * 10 + 10,
    }));
    for (let k = 0; k < 40; k += 1) spans.push({ startedAtMs: 25_003, endedAtMs: 25_004 });
    const series = inFlightSeries(timelineDataOf(spans), 50_000);
    expect(series.points.length).toBeLessThanOrEqual(MAX_IN_FLIGHT_POINTS);
    expect(peakOf(series.points)).toBe(41);
  });

  it('agrees with core stats on the peak of a finished run, whatever the bucket count', () => {
    const data = poolRun(2_000, 13);
    const spans: CallSpan[] = Array.from({ length: data.count }, (_, i) => ({
      request: 0,
      index: i,
      service: 'session',
      latencyMs: data.latencyMs[i] ?? 0,
      readyAtMs: 0,
      startedAtMs: data.startedAtMs[i] ?? 0,
      endedAtMs: data.endedAtMs[i] ?? 0,
      status: 'ok',
    }));
    const corePeak = Math.max(...inFlightSteps(spans).map((s) => s.inFlight));
    const steps = inFlightStepsOf(data);
    for (const maxPoints of [2, 3, 10, 300, 100_000]) {
      const { points } = clipInFlightSteps(steps, Infinity, maxPoints);
      expect(points.length).toBeLessThanOrEqual(maxPoints);
      expect(peakOf(points)).toBe(corePeak);
    }
  });

  it('plots requests on the wire: a hedged call in a pool of one is two copies out at once', async () => {
    const run = await simulateScenario(
      decodeScenario('model=worker-pool&limit=1&calls=300,300&hedge=100').scenario,
    );
    const { points } = inFlightSeries(timelineDataFromTrace(run.trace), Infinity);
    expect(points).toEqual([
      { tMs: 0, inFlight: 1 },
      { tMs: 100, inFlight: 2 },
      { tMs: 300, inFlight: 1 },
      { tMs: 400, inFlight: 2 },
      { tMs: 600, inFlight: 0 },
    ]);
  });

  it('agrees with core on requests on the wire, not calls in flight, when retries release their slot', async () => {
    const limit = 4;
    const { trace } = await simulateScenario(
      decodeScenario(
        `model=throttled&limit=${limit}&cap=4&window=100&calls=100-300*200&error=*:30` +
          '&retries=3&retrySlot=release&backoff=1000&settle=allSettled',
      ).scenario,
    );
    const steps = inFlightStepsOf(timelineDataFromTrace(trace));
    const wirePeak = Math.max(...requestsOnWireSteps(trace.calls).map((step) => step.inFlight));
    const callsPeak = Math.max(...inFlightSteps(trace.calls).map((step) => step.inFlight));
    expect(wirePeak).toBe(limit);
    expect(callsPeak).toBeGreaterThan(limit);
    for (const maxPoints of [3, 300, 100_000])
      expect(peakOf(clipInFlightSteps(steps, Infinity, maxPoints).points)).toBe(wirePeak);
  });

  it('counts a live call by its copies once it has one, and as one copy before', () => {
    // Call 0 was sent at 0 and its first copy failed at 50; its retry went out at 80, still out.
    // Call 1 was sent at 10 and its copy is not recorded yet (plain call events only so far).
    const copies = new CopyList(2);
    copies.add(0, 0, false, 0, 50, COPY_CODE.error);
    copies.add(0, 1, false, 80);
    const data = {
      ...timelineDataOf([
        { startedAtMs: 0, endedAtMs: Infinity },
        { startedAtMs: 10, endedAtMs: Infinity },
      ]),
      copies,
    };
    expect(inFlightSeries(data, 100).points).toEqual([
      { tMs: 0, inFlight: 1 },
      { tMs: 10, inFlight: 2 },
      { tMs: 50, inFlight: 1 },
      { tMs: 80, inFlight: 2 },
      { tMs: 100, inFlight: 2 },
    ]);
  });

  it('starts buckets at 0 and ends at the cursor', () => {
    const { points } = inFlightSeries(poolRun(5_000, 3), 1_000);
    expect(points[0]?.tMs).toBe(0);
    expect(points[points.length - 1]?.tMs).toBe(1_000);
    for (let i = 1; i < points.length; i += 1) {
      expect(points[i]?.tMs ?? 0).toBeGreaterThan(points[i - 1]?.tMs ?? 0);
    }
  });
});
