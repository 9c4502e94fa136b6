import { describe, expect, it } from 'vitest';
import {
  aboutSeconds,
  defaultTimeScale,
  liveFetchesPerSec,
  liveWallMs,
} from './timeScaleChoice.ts';

describe('time scale choice', () => {
  it('picks the least compression that brings the run within about 5 s', () => {
    // The talk's rows: 1.25 s runs as is; 6.25 s at 2x; 25 s at 5x; 10 s at 2x.
    expect(defaultTimeScale(1250)).toBe(1);
    expect(defaultTimeScale(5000)).toBe(1);
    expect(defaultTimeScale(6250)).toBe(2);
    expect(defaultTimeScale(10_000)).toBe(2);
    expect(defaultTimeScale(25_000)).toBe(5);
    expect(defaultTimeScale(60_000)).toBe(20);
    // Longer than 50 x 5 s: the largest scale there is.
    expect(defaultTimeScale(3_600_000)).toBe(50);
  });

  it('says how long the run takes and how many fetches per second the page answers', () => {
    expect(liveWallMs(25_000, 5)).toBe(5000);
    expect(aboutSeconds(5000)).toBe('about 5 s');
    expect(aboutSeconds(625)).toBe('about 0.63 s');
    expect(aboutSeconds(12_500)).toBe('about 13 s');
    // sync basic at 5x: 20 requests and 80 calls in 5 s.
    expect(liveFetchesPerSec(20, 4, 25_000, 5)).toBe(20);
    // gevent 200 at 1x: 1000 fetches in 2 s.
    expect(liveFetchesPerSec(200, 4, 2000, 1)).toBe(500);
  });
});
