import { describe, expect, it } from 'vitest';
import { timelineOf } from '../testing/timelineOf.ts';
import { scheduleOf } from '../testing/scheduleOf.ts';

describe('worker-pool', () => {
  it('starts the next queued call the moment any running call ends', async () => {
    expect(await scheduleOf([125, 250, 375, 500], { name: 'worker-pool', limit: 2 }, 62.5)).toEqual(
      {
        picture: [
          '0 session  |==          | 0 → 125',
          '1 business |====        | 0 → 250',
          '2 user     |--======    | 125 → 500',
          '3 reviews  |----========| 250 → 750',
        ],
        makespanMs: 750,
      },
    );
  });

  it('starts queued calls in list order when running calls end at the same instant', async () => {
    const { picture } = await timelineOf(
      [100, 100, 100, 100, 100],
      { name: 'worker-pool', limit: 2 },
      100,
    );
    expect(picture).toBe(
      [
        '0 session  |=  | 0 → 100',
        '1 business |=  | 0 → 100',
        '2 user     |-= | 100 → 200',
        '3 reviews  |-= | 100 → 200',
        '4 photos   |--=| 200 → 300',
      ].join('\n'),
    );
  });

  it('starts everything at 0 when the pool is larger than the list', async () => {
    const { trace } = await timelineOf([125, 250, 375], { name: 'worker-pool', limit: 8 }, 125);
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 0, 0]);
  });

  it('is sequential with a pool of one', async () => {
    const { trace } = await timelineOf(
      [125, 250, 375, 500],
      { name: 'worker-pool', limit: 1 },
      125,
    );
    expect(trace.calls.map((c) => c.startedAtMs)).toEqual([0, 125, 375, 750]);
    expect(trace.makespanMs).toBe(1250);
  });

  it('hands a slot freed by a zero-latency call to the next call at the same instant', async () => {
    const { trace } = await timelineOf([0, 0, 50], { name: 'worker-pool', limit: 1 }, 50);
    expect(trace.calls.map((c) => [c.startedAtMs, c.endedAtMs])).toEqual([
      [0, 0],
      [0, 0],
      [0, 50],
    ]);
  });
});
