import { describe, expect, it } from 'vitest';
import { REPLAY_SPEEDS, speedLabel, speedOptions } from './replaySpeeds.ts';

describe('replay speeds', () => {
  it('offers 0.1× to 10×, real time included', () => {
    expect(REPLAY_SPEEDS).toEqual([0.1, 0.25, 0.5, 1, 2, 5, 10]);
    expect(speedLabel(1)).toBe('1× (real time)');
    expect(speedLabel(0.25)).toBe('0.25× (slow motion)');
    expect(speedLabel(5)).toBe('5×');
  });

  it('adds a speed from a link in order, so the select shows the true value', () => {
    expect(speedOptions(1)).toBe(REPLAY_SPEEDS);
    expect(speedOptions(3)).toEqual([0.1, 0.25, 0.5, 1, 2, 3, 5, 10]);
    expect(speedOptions(0.01)[0]).toBe(0.01);
  });
});
