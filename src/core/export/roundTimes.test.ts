import { describe, expect, it } from 'vitest';
import {
  LIVE_TIME_STEP_MS,
  roundedRun,
  roundMs,
  roundTimes,
  VIRTUAL_TIME_STEP_MS,
} from './roundTimes.ts';
import { noisyLiveRun } from './testing/exportFixtures.ts';

describe('roundMs', () => {
  it('rounds a measured time to 0.1 ms without float noise', () => {
    expect(roundMs(0.8999999999068677, LIVE_TIME_STEP_MS)).toBe(0.9);
    expect(roundMs(0.1 + 0.2, LIVE_TIME_STEP_MS)).toBe(0.3);
    expect(roundMs(125.86, LIVE_TIME_STEP_MS)).toBe(125.9);
    expect(roundMs(-0.01, LIVE_TIME_STEP_MS)).toBe(0);
    expect(Object.is(roundMs(-0.01, LIVE_TIME_STEP_MS), -0)).toBe(false);
  });

  it('leaves whole ms exactly as they are, at either step', () => {
    for (const ms of [0, 1, 125, 1250, 25_000, 600_000, 2 ** 40]) {
      expect(roundMs(ms, LIVE_TIME_STEP_MS)).toBe(ms);
      expect(roundMs(ms, VIRTUAL_TIME_STEP_MS)).toBe(ms);
    }
  });

  it("keeps the token bucket's fractions to the µs in a virtual run", () => {
    expect(roundMs(1000 / 3, VIRTUAL_TIME_STEP_MS)).toBe(333.333);
    expect(roundMs(2000 / 3, VIRTUAL_TIME_STEP_MS)).toBe(666.667);
  });

  it('passes numbers that do not exist through', () => {
    expect(roundMs(NaN, LIVE_TIME_STEP_MS)).toBeNaN();
    expect(roundMs(Infinity, LIVE_TIME_STEP_MS)).toBe(Infinity);
  });
});

describe('roundTimes', () => {
  it('rounds the fields named …Ms and everything inside them, and nothing else', () => {
    const value = {
      index: 3,
      throughputPerSec: 3.1415926,
      startedAtMs: 0.30000000000000004,
      latencyMs: { min: 1.04, p50: 2.96, max: 10 },
      copies: [{ attempt: 1, endedAtMs: 7.77 }],
      waitsMs: [0.11, 0.19],
      service: 'user',
      failedCall: null,
    };
    expect(roundTimes(value, LIVE_TIME_STEP_MS)).toEqual({
      index: 3,
      throughputPerSec: 3.1415926,
      startedAtMs: 0.3,
      latencyMs: { min: 1, p50: 3, max: 10 },
      copies: [{ attempt: 1, endedAtMs: 7.8 }],
      waitsMs: [0.1, 0.2],
      service: 'user',
      failedCall: null,
    });
  });

  it('does not change its input', () => {
    const value = { startedAtMs: 0.123 };
    roundTimes(value, LIVE_TIME_STEP_MS);
    expect(value).toEqual({ startedAtMs: 0.123 });
  });
});

describe('roundedRun', () => {
  it("rounds a live run's trace, prediction and live details to 0.1 ms", () => {
    const run = roundedRun(noisyLiveRun());
    expect(run.trace.calls.map((c) => [c.readyAtMs, c.startedAtMs, c.endedAtMs])).toEqual([
      [0, 0.3, 125.9],
      [0, 0.5, 250.5],
    ]);
    expect(run.trace.makespanMs).toBe(250.5);
    expect(run.live?.calibration).toEqual({ overheadMs: 4.2, spreadMs: 1.1, samples: 12 });
  });
});
