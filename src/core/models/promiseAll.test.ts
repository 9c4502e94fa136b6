import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf.ts';
import { scheduleOf } from '../testing/scheduleOf.ts';

describe('promise-all', () => {
  it('starts every call at 0, so the makespan is the longest call', async () => {
    expect(await scheduleOf([125, 250, 375, 500], { name: 'promise-all' }, 125)).toEqual({
      picture: [
        '0 session  |=   | 0 → 125',
        '1 business |==  | 0 → 250',
        '2 user     |=== | 0 → 375',
        '3 reviews  |====| 0 → 500',
      ],
      makespanMs: 500,
    });
  });

  it('runs a single call exactly as long as its latency', async () => {
    const { picture } = await timelineOf([300], { name: 'promise-all' }, 100);
    expect(picture).toBe('0 session |===| 0 → 300');
  });

  it('ends at 0 when every call takes no time', async () => {
    const { trace } = await timelineOf([0, 0, 0], { name: 'promise-all' }, 100);
    expect(trace.makespanMs).toBe(0);
    expect(trace.calls.map((c) => [c.startedAtMs, c.endedAtMs])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});
