import { describe, expect, it } from 'vitest';
import { replayRate, replayText } from './replayRate.ts';

describe('replay rate', () => {
  it('fits a long load test into about 5 s at speed 1, and keeps short runs in real time', () => {
    expect(replayRate(25_000, 1)).toBe(5);
    expect(replayRate(1250, 1)).toBe(1);
    expect(replayRate(25_000, 2)).toBe(10);
    expect(replayRate(1250, 0.5)).toBe(0.5);
  });

  it('says it in words', () => {
    expect(replayText(25_000, replayRate(25_000, 1))).toBe(
      'The 25 s run replays in 5 s (5× real time).',
    );
    expect(replayText(1250, 1)).toBe('The 1.25 s run replays in 1.25 s (real time).');
    expect(replayText(1250, 0.5)).toBe('The 1.25 s run replays in 2.5 s (0.5× real time).');
  });
});
