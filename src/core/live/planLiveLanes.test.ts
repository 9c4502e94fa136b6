import { describe, expect, it } from 'vitest';
import { ASSUMED_CAPACITY, planLiveTimeScale, type PlannedSend } from './liveTimeScale.ts';
import { planLiveLanes } from './planLiveLanes.ts';

const atOnce = (count: number, latencyMs: number): PlannedSend[] =>
  Array.from({ length: count }, () => ({ atMs: 0, latencyMs }));
const TALK_ALL = {
  sends: [125, 250, 375, 500].map((latencyMs) => ({ atMs: 0, latencyMs })),
  makespanMs: 500,
};
const BURST = { sends: atOnce(200, 20), makespanMs: 20 };

describe('one time scale for every lane of a live run', () => {
  it('is the planner’s own plan for a single lane', () => {
    const plan = planLiveLanes([BURST], ASSUMED_CAPACITY);
    const alone = planLiveTimeScale({ ...BURST, capacity: ASSUMED_CAPACITY });
    expect(plan).toEqual(alone);
  });

  it('runs every lane at the slowest scale any lane needs, so the lanes compare', () => {
    const plan = planLiveLanes([TALK_ALL, BURST], ASSUMED_CAPACITY);
    expect(planLiveTimeScale({ ...TALK_ALL, capacity: ASSUMED_CAPACITY }).timeScale).toBe(1);
    expect(plan?.timeScale).toBe(1 / 50);
    expect(plan?.faithful).toBe(true);
    expect(plan?.automatic).toBe(true);
    // In turn: the wall times add up (500 x 50 + 20 x 50).
    expect(plan?.wallMs).toBeCloseTo(26_000, 6);
    // The widest lane margin at that scale covers both: half the talk lane's 125 ms call held
    // at 1/50 (3125 wall ms) beats the burst's backlog margin (500).
    const at = (lane: typeof BURST) =>
      planLiveTimeScale({ ...lane, capacity: ASSUMED_CAPACITY, chosenScale: 1 / 50 }).marginMs;
    expect(at(BURST)).toBeCloseTo(500, 6);
    expect(plan?.marginMs).toBeCloseTo(Math.max(at(TALK_ALL), at(BURST)), 6);
    expect(plan?.marginMs).toBeCloseTo(3125, 6);
  });

  it('checks the person’s scale on every lane and says when one will not keep its timings', () => {
    const plan = planLiveLanes([TALK_ALL, BURST], ASSUMED_CAPACITY, 1);
    expect(plan?.timeScale).toBe(1);
    expect(plan?.automatic).toBe(false);
    expect(plan?.faithful).toBe(false);
    expect(plan?.problem).toMatch(/^This live run will not keep its timings even at real time/);
  });

  it('does not slow a long lane past two minutes for a lane no scale can save', () => {
    // 1000 answers due the instant they are sent are late at any scale; the 20 s lane at 1/10
    // would take 200 s, so both run at 1/5 (100 s) and the plan says the first will stretch.
    const hopeless = { sends: atOnce(1000, 0), makespanMs: 0 };
    const long = { sends: [{ atMs: 0, latencyMs: 20_000 }], makespanMs: 20_000 };
    const plan = planLiveLanes([hopeless, long], ASSUMED_CAPACITY);
    expect(plan?.timeScale).toBe(1 / 5);
    expect(plan?.faithful).toBe(false);
    expect(plan?.problem).not.toBeNull();
  });

  it('has nothing to plan without lanes', () => {
    expect(planLiveLanes([], ASSUMED_CAPACITY)).toBeNull();
  });
});
