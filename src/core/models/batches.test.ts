import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf.ts';
import { scheduleOf } from '../testing/scheduleOf.ts';

describe('batches', () => {
  it('starts a chunk only when every call of the previous chunk has ended', async () => {
    expect(await scheduleOf([125, 250, 375, 500], { name: 'batches', limit: 2 }, 125)).toEqual({
      picture: [
        '0 session  |=     | 0 → 125',
        '1 business |==    | 0 → 250',
        '2 user     |--=== | 250 → 625',
        '3 reviews  |--====| 250 → 750',
      ],
      makespanMs: 750,
    });
  });

  it('keeps a short last chunk and never waits on calls of a later chunk', async () => {
    const { trace } = await timelineOf([100, 300, 200, 50, 400], { name: 'batches', limit: 2 }, 50);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 0, 300, 300, 500]);
    expect(trace.makespanMs).toBe(900);
  });

  it('is promise-all when the batch is larger than the list', async () => {
    const { trace } = await timelineOf([125, 250, 375], { name: 'batches', limit: 10 }, 125);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 0, 0]);
    expect(trace.makespanMs).toBe(375);
  });

  it('is sequential with a batch of one', async () => {
    const { trace } = await timelineOf([125, 250, 375], { name: 'batches', limit: 1 }, 125);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 125, 375]);
  });
});
