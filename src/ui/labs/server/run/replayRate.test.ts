import { describe, expect, it } from 'vitest';
import { FIT_LABEL, initialReplayPace, replayRate, replayText } from './replayRate.ts';

describe('replay rate', () => {
  it('plays 1× in real time, as in every lab, however long the run', () => {
    expect(replayRate(25_000, 1, 'speed')).toBe(1);
    expect(replayRate(1250, 1, 'speed')).toBe(1);
    expect(replayRate(25_000, 2, 'speed')).toBe(2);
    expect(replayRate(25_000, 0.5, 'speed')).toBe(0.5);
  });

  it('fits a long run into 5 s only when asked to, and plays a short one in real time', () => {
    expect(FIT_LABEL).toBe('fit to 5 s');
    expect(replayRate(25_000, 1, 'fit')).toBe(5);
    expect(replayRate(25_000, 0.1, 'fit')).toBe(5);
    expect(replayRate(1250, 1, 'fit')).toBe(1);
  });

  it('starts fitted unless the address names a speed, 1 included', () => {
    expect(initialReplayPace('?lab=server&preset=talk-sync-basic')).toBe('fit');
    expect(initialReplayPace('?lab=server&speed=1')).toBe('speed');
    expect(initialReplayPace('lab=server&speed=20')).toBe('speed');
    expect(initialReplayPace('')).toBe('fit');
  });

  it('says it in words', () => {
    expect(replayText(25_000, replayRate(25_000, 1, 'fit'))).toBe(
      'The 25 s run replays in 5,000 ms (5× real time).',
    );
    expect(replayText(25_000, replayRate(25_000, 1, 'speed'))).toBe(
      'The 25 s run replays in 25 s (real time).',
    );
    expect(replayText(1250, 0.5)).toBe('The 1,250 ms run replays in 2,500 ms (0.5× real time).');
  });
});
