import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf.ts';
import { scheduleOf } from '../testing/scheduleOf.ts';

const TALK = [125, 250, 375, 500];

describe('sequential', () => {
  it('starts each call the moment the previous one ends, so the makespan is the sum', async () => {
    expect(await scheduleOf(TALK, { name: 'sequential' }, 125)).toEqual({
      picture: [
        '0 session  |=         | 0 → 125',
        '1 business |-==       | 125 → 375',
        '2 user     |---===    | 375 → 750',
        '3 reviews  |------====| 750 → 1250',
      ],
      makespanMs: 1250,
    });
  });

  it('runs an empty list in no time', async () => {
    const { picture, trace } = await timelineOf([], { name: 'sequential' }, 100);
    expect(picture).toBe('');
    expect(trace.makespanMs).toBe(0);
  });

  it('lets a zero-latency call end where it starts without delaying the next', async () => {
    const { picture } = await timelineOf([100, 0, 100], { name: 'sequential' }, 100);
    expect(picture).toBe(
      [
        '0 session  |= | 0 → 100', //
        '1 business |- | 100 → 100',
        '2 user     |-=| 100 → 200',
      ].join('\n'),
    );
  });
});
