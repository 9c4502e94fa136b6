import { describe, expect, it } from 'vitest';
import { predict } from '../../core/predict.ts';
import { timelineDataOf } from './testing/timelineDataOf.ts';
import { MAX_WAIT_FLIGHT_BARS, waitFlightSeries } from './waitFlightSeries.ts';

describe('waitFlightSeries', () => {
  it('gives each call its queued wait and time in flight, labelled from 1', () => {
    // A pool of 2 over the talk's calls: the third waits 125 ms, the fourth 250 ms.
    const { startsMs, endsMs } = predict([125, 250, 375, 500], { name: 'worker-pool', limit: 2 });
    const data = timelineDataOf(
      startsMs.map((s, i) => ({ startedAtMs: s, endedAtMs: endsMs[i] ?? s, service: `s${i}` })),
    );
    const series = waitFlightSeries(data, Infinity);
    expect(series.callsPerBar).toBe(1);
    expect(series.bars.map((b) => [b.label, b.waitMs, b.inFlightMs, b.serviceIndex])).toEqual([
      ['1', 0, 125, 0],
      ['2', 0, 250, 1],
      ['3', 125, 375, 2],
      ['4', 250, 500, 3],
    ]);
  });

  it('clips at nowMs: a queued call has waited until now, a call in flight has flown until now', () => {
    const data = timelineDataOf([
      { startedAtMs: 0, endedAtMs: 100 },
      { startedAtMs: 100, endedAtMs: Infinity },
      { startedAtMs: Infinity, endedAtMs: Infinity },
      { startedAtMs: 300, endedAtMs: 400, readyAtMs: 200 },
    ]);
    const bars = waitFlightSeries(data, 150).bars;
    expect(bars.map((b) => [b.waitMs, b.inFlightMs])).toEqual([
      [0, 100],
      [100, 50],
      [150, 0],
      [0, 0], // not even ready at 150
    ]);
  });

  it('shows nothing yet at the start of a run', () => {
    const data = timelineDataOf([{ startedAtMs: Infinity, endedAtMs: Infinity }]);
    expect(waitFlightSeries(data, 0).bars.map((b) => [b.waitMs, b.inFlightMs])).toEqual([[0, 0]]);
  });

  it('is empty for empty data', () => {
    expect(waitFlightSeries(timelineDataOf([]), 100)).toEqual({ bars: [], callsPerBar: 1 });
  });

  it('keeps one bar per call up to 200 calls', () => {
    const data = timelineDataOf(
      Array.from({ length: 200 }, (_, i) => ({ startedAtMs: i, endedAtMs: i + 1 })),
    );
    const series = waitFlightSeries(data, Infinity);
    expect(series.callsPerBar).toBe(1);
    expect(series.bars).toHaveLength(200);
  });

  it('groups consecutive calls above 200 calls and shows each group’s means', () => {
    // 1,000 sequential calls of 10 ms: call i waits 10 i ms.
    const data = timelineDataOf(
      Array.from({ length: 1000 }, (_, i) => ({ startedAtMs: i * 10, endedAtMs: i * 10 + 10 })),
    );
    const series = waitFlightSeries(data, Infinity);
    expect(series.callsPerBar).toBe(5);
    expect(series.bars).toHaveLength(200);
    expect(series.bars[0]).toEqual({
      label: '1–5',
      firstCall: 1,
      lastCall: 5,
      waitMs: 20, // mean of 0, 10, 20, 30, 40
      inFlightMs: 10,
      serviceIndex: 0,
    });
    expect(series.bars[199]?.label).toBe('996–1000');
  });

  it('never exceeds 200 bars; a short last group is averaged over its own calls', () => {
    for (const n of [201, 399, 401, 100_000]) {
      const data = timelineDataOf(
        Array.from({ length: n }, () => ({ startedAtMs: 0, endedAtMs: 8 })),
      );
      const { bars } = waitFlightSeries(data, Infinity);
      expect(bars.length).toBeLessThanOrEqual(MAX_WAIT_FLIGHT_BARS);
      expect(bars[bars.length - 1]?.lastCall).toBe(n);
      expect(bars[bars.length - 1]?.inFlightMs).toBe(8);
    }
  });

  it('marks a group that mixes services', () => {
    // 402 calls: 3 per bar. Calls 1-3 are "a", calls 4-5 "a" and 6 "b", the rest "b".
    const data = timelineDataOf(
      Array.from({ length: 402 }, (_, i) => ({
        startedAtMs: 0,
        endedAtMs: 1,
        service: i < 5 ? 'a' : 'b',
      })),
    );
    const { bars } = waitFlightSeries(data, Infinity);
    expect(bars.slice(0, 3).map((b) => b.serviceIndex)).toEqual([0, null, 1]);
  });
});
