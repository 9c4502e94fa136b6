import { describe, expect, it } from 'vitest';
import {
  ASSUMED_CAPACITY,
  checkLiveScale,
  planLiveTimeScale,
  type PlannedSend,
} from './liveTimeScale.ts';
import { liveScaleNote } from './liveScaleNote.ts';
import { timeScaleLabel } from './timeScaleLabel.ts';

const TALK = [125, 250, 375, 500];
/** Sends of a pool of `limit` running `count` calls of `latencyMs` each, back to back. */
function poolSends(limit: number, count: number, latencyMs: number): PlannedSend[] {
  return Array.from({ length: count }, (_, i) => ({
    atMs: Math.floor(i / limit) * latencyMs,
    latencyMs,
  }));
}
const atOnce = (count: number, latencyMs: number): PlannedSend[] =>
  Array.from({ length: count }, () => ({ atMs: 0, latencyMs }));

describe('live time scale planner', () => {
  it("runs the talk's four calls at real time, sequential or all at once", () => {
    const sequential = TALK.map((latencyMs, i) => ({
      atMs: TALK.slice(0, i).reduce((a, b) => a + b, 0),
      latencyMs,
    }));
    const allAtOnce = TALK.map((latencyMs) => ({ atMs: 0, latencyMs }));
    for (const [sends, makespanMs] of [
      [sequential, 1250],
      [allAtOnce, 500],
    ] as const) {
      const plan = planLiveTimeScale({ sends, makespanMs, capacity: ASSUMED_CAPACITY });
      expect(plan).toMatchObject({ timeScale: 1, faithful: true, automatic: true, problem: null });
      expect(liveScaleNote(plan, ASSUMED_CAPACITY)).toBeNull();
    }
  });

  it('slows a pool of ten 20 ms calls until each wave is served before it is due', () => {
    const plan = planLiveTimeScale({
      sends: poolSends(10, 100, 20),
      makespanMs: 200,
      capacity: ASSUMED_CAPACITY,
    });
    // Ten at once wait up to 12 ms for the page: 2 x (12 + 10) = 44 wall ms is more than
    // 20.5 / (1/2) = 41, and fits 20.5 / (1/5) = 102.5.
    expect(plan.timeScale).toBe(1 / 5);
    expect(plan.faithful).toBe(true);
    expect(plan.peakConcurrency).toBe(10);
    expect(plan.wallMs).toBe(1000);
    expect(checkLiveScale(poolSends(10, 100, 20), ASSUMED_CAPACITY, 1, 200).faithful).toBe(false);
  });

  it('slows a steady stream past what the page answers faithfully, even when each wave is on time', () => {
    // This page: 3.3 ms of main thread per request, so 75 a second faithfully (a quarter of it).
    const page = { requestCpuMs: 3.3, overheadMs: 7 };
    const sends = poolSends(10, 1000, 20);
    // At 5x slower each wave fits (2 x (33 + 7) = 80 of 102.5 wall ms), but ten waves of ten
    // come every wall second: 90 beyond one burst, over 75.
    const atFive = checkLiveScale(sends, page, 1 / 5, 2000);
    expect(atFive.lateSends).toBe(0);
    expect(atFive.sustainedRatePerSec).toBe(90);
    expect(atFive.faithful).toBe(false);
    const plan = planLiveTimeScale({ sends, makespanMs: 2000, capacity: page });
    expect(plan.timeScale).toBe(1 / 10);
    expect(plan.sustainedRatePerSec).toBe(40);
    expect(plan.faithful).toBe(true);
    // Chosen anyway, the run says why before it starts.
    const chosen = planLiveTimeScale({
      sends,
      makespanMs: 2000,
      capacity: page,
      chosenScale: 1 / 5,
    });
    expect(chosen.problem).toContain('about 90 mocked requests a second in a steady stream');
    expect(chosen.problem).toContain('more than the 76 this page answers faithfully');
  });

  it('slows 200 calls sent at one instant until the last of the burst is answered in time', () => {
    const plan = planLiveTimeScale({
      sends: atOnce(200, 20),
      makespanMs: 20,
      capacity: ASSUMED_CAPACITY,
    });
    // The burst takes 240 ms of main thread: 2 x 250 = 500 wall ms is more than
    // 20.5 / (1/20) = 410, and fits 20.5 / (1/50) = 1025.
    expect(plan.timeScale).toBe(1 / 50);
    expect(plan.peakBacklogMs).toBeCloseTo(240, 6);
    expect(plan.marginMs).toBeCloseTo(500, 6);
    expect(liveScaleNote(plan, ASSUMED_CAPACITY)).toMatch(
      /^Running 50× slower so the page keeps up .*times below are in the scenario's ms\.$/,
    );
  });

  it('a slower page (measured capacity) needs a slower scale for the same run', () => {
    const sends = poolSends(10, 100, 20);
    const fast = planLiveTimeScale({ sends, makespanMs: 200, capacity: ASSUMED_CAPACITY });
    const slow = planLiveTimeScale({
      sends,
      makespanMs: 200,
      capacity: { requestCpuMs: 4, overheadMs: 12 },
    });
    expect(slow.timeScale).toBeLessThan(fast.timeScale);
    expect(slow.faithful).toBe(true);
  });

  it('says before the run when no scale within two minutes keeps it faithful', () => {
    // 1000 calls of 0 ms at once: each is due the instant it is sent, at any scale.
    const plan = planLiveTimeScale({
      sends: atOnce(1000, 0),
      makespanMs: 0,
      capacity: ASSUMED_CAPACITY,
    });
    expect(plan.faithful).toBe(false);
    expect(plan.timeScale).toBe(1 / 100);
    expect(plan.problem).toMatch(/^This live run will not keep its timings even at 100× slower: /);
    expect(liveScaleNote(plan, ASSUMED_CAPACITY)).toBe(plan.problem);
  });

  it('never picks a scale whose run would take more than two minutes of wall time', () => {
    // A 10 s run: 100x slower would take 1000 s; the slowest within 120 s is 1/10.
    const sends = [...atOnce(1000, 1), { atMs: 0, latencyMs: 10_000 }];
    const plan = planLiveTimeScale({ sends, makespanMs: 10_000, capacity: ASSUMED_CAPACITY });
    expect(plan.wallMs).toBeLessThanOrEqual(120_000);
    expect(plan.timeScale).toBe(1 / 10);
    expect(plan.faithful).toBe(false);
  });

  it("keeps the person's scale and checks it", () => {
    const plan = planLiveTimeScale({
      sends: poolSends(10, 100, 20),
      makespanMs: 200,
      capacity: ASSUMED_CAPACITY,
      chosenScale: 1,
    });
    expect(plan).toMatchObject({ timeScale: 1, automatic: false, faithful: false });
    expect(plan.problem).toContain('even at real time');
  });

  it('compresses only up to the scale the lab prefers, and only where it stays faithful', () => {
    // The talk's sync basic row: 20 sequential requests of 1.25 s, one call in flight at a time.
    const sends = Array.from({ length: 80 }, (_, i) => ({
      atMs: Math.floor(i / 4) * 1250 + [0, 125, 375, 750][i % 4]!,
      latencyMs: TALK[i % 4]!,
    }));
    const plan = planLiveTimeScale({
      sends,
      makespanMs: 25_000,
      capacity: ASSUMED_CAPACITY,
      preferredScale: 5,
    });
    expect(plan.timeScale).toBe(5);
    expect(liveScaleNote(plan, ASSUMED_CAPACITY)).toBe(
      "Running 5× faster to fit the run into a few seconds; times below are in the scenario's ms.",
    );
  });

  it('asks the mocks to answer at least half the shortest call early: a held answer costs nothing', () => {
    const allAtOnce = TALK.map((latencyMs) => ({ atMs: 0, latencyMs }));
    const plan = planLiveTimeScale({
      sends: allAtOnce,
      makespanMs: 500,
      capacity: ASSUMED_CAPACITY,
    });
    // The backlog's margin is 2 x (4.8 + 10) = 29.6 ms; half of 125 ms is wider.
    expect(plan.marginMs).toBe(62.5);
    const slowed = checkLiveScale(allAtOnce, ASSUMED_CAPACITY, 1 / 10, 500);
    expect(slowed.marginMs).toBe(625);
  });

  it('names scales by their round factor', () => {
    expect(timeScaleLabel(1)).toBe('real time');
    expect(timeScaleLabel(1 / 20)).toBe('20× slower');
    expect(timeScaleLabel(50)).toBe('50× faster');
  });

  it('fewer sends are never less faithful (the check is monotone in the load)', () => {
    const sends = poolSends(10, 100, 20);
    for (const scale of [1, 1 / 2, 1 / 5]) {
      const all = checkLiveScale(sends, ASSUMED_CAPACITY, scale, 200);
      const half = checkLiveScale(sends.slice(0, 50), ASSUMED_CAPACITY, scale, 100);
      expect(half.lateSends).toBeLessThanOrEqual(all.lateSends);
    }
  });

  it('an uncompensated request pays its wait for the page and its reply, once per chain link', () => {
    // 50 requests to an app that cannot answer early, each making 4 calls of 500 ms at once,
    // sent in two rounds (a client of 50 slots): the second round waits for the first.
    const round = (atMs: number): PlannedSend[] => [
      ...Array.from({ length: 50 }, () => ({ atMs, latencyMs: 500, compensated: false })),
      ...atOnce(200, 500).map((send) => ({ ...send, atMs })),
    ];
    const twoRounds = [...round(0), ...round(500)];
    const scale = 1 / 20;
    // Each request: 50 x 1.2 ms to reach the app, 50 x 1.2 ms for the replies, 10 ms overhead:
    // 130 wall ms, 6.5 ms at 20x slower, within 1 % of the 1000 ms run (+ 0.5) for the first
    // round; the second round's requests wait for the first's, so theirs count twice (13 > 10.5
    // for the last of them).
    const chained = checkLiveScale(twoRounds, ASSUMED_CAPACITY, scale, 1000);
    expect(chained.faithful).toBe(false);
    expect(chained.lateSends).toBeGreaterThan(0);
    expect(chained.lateSends).toBeLessThanOrEqual(50);
    // The first round alone, in the same 1000 ms run, keeps time.
    expect(checkLiveScale(round(0), ASSUMED_CAPACITY, scale, 1000).faithful).toBe(true);
    expect(checkLiveScale(twoRounds, ASSUMED_CAPACITY, 1 / 50, 1000).faithful).toBe(true);
    const plan = planLiveTimeScale({
      sends: twoRounds,
      makespanMs: 1000,
      capacity: ASSUMED_CAPACITY,
    });
    expect(plan.timeScale).toBe(1 / 50);
    // The same sends, compensated, run faster: only the calls' margin binds them.
    const held = twoRounds.map((send) => ({ ...send, compensated: true }));
    expect(
      planLiveTimeScale({ sends: held, makespanMs: 1000, capacity: ASSUMED_CAPACITY }).timeScale,
    ).toBeGreaterThan(plan.timeScale);
  });

  it('the reply of an uncompensated request comes after the calls it waited for', () => {
    // One request whose last call ends when it does: the call's due is not delayed by the reply.
    const sends: PlannedSend[] = [
      { atMs: 0, latencyMs: 1250, compensated: false },
      { atMs: 750, latencyMs: 500 },
    ];
    expect(checkLiveScale(sends, ASSUMED_CAPACITY, 1, 1250).faithful).toBe(true);
  });
});
