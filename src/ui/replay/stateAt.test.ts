import { describe, expect, it } from 'vitest';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { dataOf } from '../timeline/testing/timelineFixtures.ts';
import { timelineDataFromTrace } from '../timeline/timelineData.ts';
import { cursorStateText } from './cursorStateText.ts';
import { stateAt, timelineEndMs } from './stateAt.ts';

// worker-pool(2) on the talk's 125/250/375/500: starts 0, 0, 125, 250; ends 125, 250, 500, 750.
const pool = dataOf([
  { service: 'session', startMs: 0, endMs: 125 },
  { service: 'business', startMs: 0, endMs: 250 },
  { service: 'user', startMs: 125, endMs: 500 },
  { service: 'reviews', startMs: 250, endMs: 750 },
]);

describe('stateAt', () => {
  it('counts the calls in each phase at the cursor', () => {
    expect(stateAt(pool, 200)).toEqual({
      nowMs: 200,
      done: 1,
      inFlight: 2,
      queued: 1,
      notReady: 0,
      skipped: 0,
      working: false,
      makespanSoFarMs: 125,
      finished: false,
    });
  });

  it('at an instant where one call ends and the next starts, the first is done, the next in flight', () => {
    expect(stateAt(pool, 125)).toMatchObject({ done: 1, inFlight: 2, queued: 1 });
    expect(stateAt(pool, 250)).toMatchObject({ done: 2, inFlight: 2, queued: 0 });
  });

  it('at 0 every call is ready: sent or queued', () => {
    expect(stateAt(pool, 0)).toMatchObject({ done: 0, inFlight: 2, queued: 2, notReady: 0 });
  });

  it('finishes at the makespan, which it reports', () => {
    expect(stateAt(pool, 750)).toMatchObject({ done: 4, finished: true, makespanSoFarMs: 750 });
    expect(timelineEndMs(pool)).toBe(750);
  });

  it('counts calls not ready yet, and never passes unknown (live) instants', () => {
    const live = dataOf([
      { service: 'a', startMs: 0 },
      { service: 'b', readyMs: 50 },
    ]);
    expect(stateAt(live, 10)).toMatchObject({ inFlight: 1, queued: 0, notReady: 1 });
    expect(stateAt(live, 1e9)).toMatchObject({ inFlight: 1, queued: 1, finished: false });
  });

  it('local work: running between its start and end, and part of the makespan', () => {
    const offload = dataOf(
      [{ service: 'a', startMs: 0, endMs: 500 }],
      [{ startedAtMs: 0, endedAtMs: 1000 }],
    );
    expect(stateAt(offload, 600)).toMatchObject({
      done: 1,
      working: true,
      finished: false,
      makespanSoFarMs: 500,
    });
    expect(stateAt(offload, 1000)).toMatchObject({ working: false, finished: true });
    expect(timelineEndMs(offload)).toBe(1000);
  });
});

describe('cursorStateText', () => {
  it('says the counts at the cursor in one line', () => {
    expect(cursorStateText(stateAt(pool, 200))).toBe(
      'At 200 ms: 1 call done, 2 in flight, 1 queued',
    );
    expect(cursorStateText(stateAt(pool, 375))).toBe('At 375 ms: 2 calls done, 2 in flight');
  });

  it('names the makespan once everything is done', () => {
    expect(cursorStateText(stateAt(pool, 750))).toBe('At 750 ms: 4 calls done; makespan 750 ms');
  });

  it('mentions local work while it runs', () => {
    const offload = dataOf(
      [{ service: 'a', startMs: 0, endMs: 500 }],
      [{ startedAtMs: 0, endedAtMs: 1000 }],
    );
    expect(cursorStateText(stateAt(offload, 600))).toBe(
      'At 600 ms: 1 call done, local work running',
    );
  });
});

describe('stateAt with skipped calls', () => {
  it('counts unsent calls as queued until the request fails, then as skipped', async () => {
    const { trace } = await faultyRun([100, 100, 100], { name: 'sequential' }, { 0: ['error'] });
    const data = timelineDataFromTrace(trace);
    expect(stateAt(data, 50)).toMatchObject({ inFlight: 1, queued: 2, skipped: 0, done: 0 });
    const end = stateAt(data, 100);
    expect(end).toMatchObject({ done: 1, skipped: 2, finished: true, makespanSoFarMs: 100 });
    expect(cursorStateText(end)).toBe('At 100 ms: 1 call done, 2 skipped; makespan 100 ms');
  });
});
