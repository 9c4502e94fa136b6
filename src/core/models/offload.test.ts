import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf.ts';
import { scheduleOf } from '../testing/scheduleOf.ts';

describe('offload', () => {
  it('does local work while every call is in flight, ending at the later of the two', async () => {
    expect(await scheduleOf([125, 250, 375, 500], { name: 'offload', workMs: 1000 }, 125)).toEqual({
      picture: [
        '0 session  |=       | 0 → 125',
        '1 business |==      | 0 → 250',
        '2 user     |===     | 0 → 375',
        '3 reviews  |====    | 0 → 500',
        'W work     |########| 0 → 1000',
      ],
      makespanMs: 1000,
    });
  });

  it('ends with the slowest call when the local work is shorter', async () => {
    const { trace } = await timelineOf([125, 250, 375, 500], { name: 'offload', workMs: 100 }, 125);
    expect(trace.makespanMs).toBe(500);
    expect(trace.work).toEqual([{ request: 0, startedAtMs: 0, endedAtMs: 100 }]);
  });

  it('with no calls, lasts exactly the local work', async () => {
    const { trace } = await timelineOf([], { name: 'offload', workMs: 300 }, 100);
    expect(trace.makespanMs).toBe(300);
  });
});
