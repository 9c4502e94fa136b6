import { describe, expect, it } from 'vitest';
import { laneResult } from './laneResult.ts';
import { liveProgressText } from './liveProgressText.ts';

const stats = (makespanMs: number) => ({
  makespanMs,
  peakCallsInFlight: 2,
  peakRequestsOnWire: 2,
  totalWaitMs: 125,
  callCount: 4,
});

describe('laneResult', () => {
  it('gives the makespan and how far it is from the prediction once the lane is done', () => {
    expect(
      laneResult({ state: 'done', stats: stats(750), predictedMakespanMs: 750 }, 'virtual'),
    ).toEqual({
      figure: '750 ms',
      detail: 'exactly as predicted',
    });
    expect(
      laneResult({ state: 'done', stats: stats(762), predictedMakespanMs: 750 }, 'live'),
    ).toEqual({
      figure: '762 ms',
      detail: '+12 ms (+1.6%) over the prediction',
    });
  });

  it('says where a lane stands before that', () => {
    const lane = { stats: null, predictedMakespanMs: 500 };
    expect(laneResult({ ...lane, state: 'waiting' }, 'live').detail).toBe(
      'waits its turn, predicted 500 ms',
    );
    expect(laneResult({ ...lane, state: 'running' }, 'live').detail).toBe(
      'running live, predicted 500 ms',
    );
    expect(laneResult({ ...lane, state: 'running' }, 'virtual')).toEqual({
      figure: null,
      detail: 'replaying, predicted 500 ms',
    });
  });
});

describe('liveProgressText', () => {
  it('counts models from 1 and says why they take turns', () => {
    expect(liveProgressText(2, 6)).toBe(
      "Live: running model 3 of 6, one after another so they don't disturb each other's timings.",
    );
  });

  it('says the one scale every model runs at when slowed down', () => {
    expect(liveProgressText(0, 6, 1 / 20)).toBe(
      "Live: running model 1 of 6, one after another so they don't disturb each other's " +
        "timings. All at 20× slower; times are in the scenario's ms.",
    );
  });
});
