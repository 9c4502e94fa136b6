import { describe, expect, it } from 'vitest';
import { aboutSeconds, liveWallMs } from './timeScaleChoice.ts';

describe('time scale choice', () => {
  it('says how long the run takes in wall time, faster or slower than real time', () => {
    expect(liveWallMs(25_000, 5)).toBe(5000);
    expect(liveWallMs(1000, 1 / 10)).toBe(10_000);
    expect(aboutSeconds(5000)).toBe('about 5 s');
    expect(aboutSeconds(625)).toBe('about 0.63 s');
    expect(aboutSeconds(12_500)).toBe('about 13 s');
  });
});
