import { describe, expect, it } from 'vitest';
import { dueInstantsMs, dueWithin } from './renderGuard.ts';

describe('render guard', () => {
  it('lists when each answer is due, ascending', () => {
    const sends = [
      { atMs: 0, latencyMs: 500 },
      { atMs: 0, latencyMs: 125 },
      { atMs: 125, latencyMs: 250 },
    ];
    expect(Array.from(dueInstantsMs(sends))).toEqual([125, 375, 500]);
  });

  it('says an answer is due only inside the window ahead, its ends included', () => {
    const due = Float64Array.from([125, 375, 500]);
    expect(dueWithin(due, 100, 20)).toBe(false);
    expect(dueWithin(due, 100, 25)).toBe(true);
    expect(dueWithin(due, 125, 0)).toBe(true);
    expect(dueWithin(due, 126, 200)).toBe(false);
    expect(dueWithin(due, 126, 249)).toBe(true);
    expect(dueWithin(due, 501, 1000)).toBe(false);
    expect(dueWithin(new Float64Array(), 0, 1000)).toBe(false);
  });
});
