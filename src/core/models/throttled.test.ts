import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../modelSpec.ts';
import { timelineOf } from '../testing/timelineOf.ts';

const TALK = [125, 250, 375, 500];
const sliding = (cap: number, windowMs: number, limit: number | null = null): ModelSpec => ({
  name: 'throttled',
  limit,
  throttle: { kind: 'sliding', cap, windowMs },
});
const fixed = (cap: number, windowMs: number, limit: number | null = null): ModelSpec => ({
  name: 'throttled',
  limit,
  throttle: { kind: 'fixed', cap, windowMs },
});

describe('throttled', () => {
  it('sliding: starts at most cap calls in any window, however long they run', async () => {
    const { picture } = await timelineOf(TALK, sliding(2, 250), 125);
    expect(picture).toBe(
      [
        '0 session  |=     | 0 → 125',
        '1 business |==    | 0 → 250',
        '2 user     |--=== | 250 → 625',
        '3 reviews  |--====| 250 → 750',
      ].join('\n'),
    );
  });

  it('fixed and sliding agree when every call is ready at 0 and nothing bounds calls in flight', async () => {
    const latencies = [10, 10, 10, 10, 10, 10, 10];
    const a = await timelineOf(latencies, sliding(3, 100), 10);
    const b = await timelineOf(latencies, fixed(3, 100), 10);
    expect(a.trace.calls.map((c) => c.startedAtMs)).toEqual([0, 0, 0, 100, 100, 100, 200]);
    expect(b.trace.calls).toEqual(a.trace.calls);
  });

  it('fixed admits two starts across a window edge that sliding holds back (with a pool of 1)', async () => {
    const latencies = [80, 30, 30, 30];
    const a = await timelineOf(latencies, fixed(2, 100, 1), 10);
    const b = await timelineOf(latencies, sliding(2, 100, 1), 10);
    expect(a.trace.calls.map((c) => c.startedAtMs)).toEqual([0, 80, 110, 140]);
    expect(b.trace.calls.map((c) => c.startedAtMs)).toEqual([0, 80, 110, 180]);
    expect(a.trace.makespanMs).toBe(170);
    expect(b.trace.makespanMs).toBe(210);
  });

  it('spacing: keeps consecutive starts minTime apart', async () => {
    const { picture } = await timelineOf(
      TALK,
      { name: 'throttled', limit: null, throttle: { kind: 'spacing', minTimeMs: 100 } },
      100,
    );
    expect(picture).toBe(
      [
        '0 session  |==      | 0 → 125',
        '1 business |-===    | 100 → 350',
        '2 user     |--====  | 200 → 575',
        '3 reviews  |---=====| 300 → 800',
      ].join('\n'),
    );
  });

  it('bucket: spends the burst at once, then starts one call per refilled token', async () => {
    const { trace } = await timelineOf(
      TALK,
      { name: 'throttled', limit: null, throttle: { kind: 'bucket', burst: 2, ratePerSec: 4 } },
      125,
    );
    expect(trace.calls.map((c) => [c.startedAtMs, c.endedAtMs])).toEqual([
      [0, 125],
      [0, 250],
      [250, 625],
      [500, 1000],
    ]);
  });

  it('bucket: refills continuously, so a rate of 3 per second spaces starts by a third of a second', async () => {
    const { trace } = await timelineOf(
      [0, 0, 0, 0],
      { name: 'throttled', limit: null, throttle: { kind: 'bucket', burst: 1, ratePerSec: 3 } },
      100,
    );
    const starts = trace.calls.map((c) => c.startedAtMs);
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeCloseTo(1000 / 3, 9);
    expect(starts[2]).toBeCloseTo(2000 / 3, 9);
    expect(starts[3]).toBeCloseTo(1000, 9);
  });

  it('with cap 1, starts one call per window', async () => {
    const { trace } = await timelineOf([50, 50, 50], sliding(1, 100), 50);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 100, 200]);
  });

  it('a limit bounds calls in flight on top of the throttle', async () => {
    const { trace } = await timelineOf([100, 100, 100, 100], sliding(3, 1000, 1), 100);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 100, 200, 1000]);
  });

  it('queues a call (drawn as waiting) until the throttle admits it', async () => {
    const { trace } = await timelineOf([10, 10, 10], sliding(1, 100), 10);
    expect(trace.calls.map((c) => c.startedAtMs - c.readyAtMs)).toEqual([0, 100, 200]);
  });
});
