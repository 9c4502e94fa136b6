import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { createFakeFrames } from './fakeFrames.ts';
import { RENDER_GUARD_WALL_MS } from './renderGuard.ts';
import { createRunController } from './runController.ts';
import { LIVE_FOLLOW_INTERVAL_MS } from './runSession.ts';
import { scriptedLive, type ScriptedRun } from './testing/scriptedLive.ts';

const live = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, { engine: 'live', ...changes });

/** 200 calls of 20 ms at once: more than the page serves in time at real time. */
const BURST = live({
  model: 'promise-all',
  calls: Array.from({ length: 200 }, () => ({
    service: 'search',
    latency: { kind: 'fixed' as const, ms: 20 },
  })),
});

/** Paints frames until the live engine was asked for a run. */
async function firstRun(
  frames: ReturnType<typeof createFakeFrames>,
  runs: readonly ScriptedRun[],
): Promise<ScriptedRun> {
  await vi.waitFor(() => {
    frames.advance(16);
    expect(runs).toHaveLength(1);
  });
  return runs[0] as ScriptedRun;
}

const RELIABLE = { hidden: false, maxEventLoopLagMs: 1, saturated: false, notes: ['a note'] };

describe('a Fan-out live run’s time scale', () => {
  it('runs a burst at the planner’s scale and margin, the cursor in the scenario’s ms', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(BURST);
    const run = await firstRun(frames, runs);
    const plan = controller.getSnapshot().liveScale;
    expect(plan?.timeScale).toBe(1 / 50);
    expect(plan?.automatic).toBe(true);
    expect(run.options.timeScale).toBe(1 / 50);
    expect(run.options.marginMs).toBe(plan?.marginMs);
    expect(run.options.marginMs).toBeGreaterThan(200);
    // 1000 wall ms of frames are 20 ms of the scenario.
    const before = controller.getSnapshot().nowMs;
    frames.advance(1000);
    expect(controller.getSnapshot().nowMs - before).toBeCloseTo(20, 6);
    run.resolve({
      trace: { calls: [], work: [], makespanMs: 20 },
      reliability: RELIABLE,
      compensationMs: 300,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot().reliability?.notes).toEqual([
      "Ran 50× slower so the page kept up; times are in the scenario's ms.",
      'a note',
    ]);
  });

  it('runs at the person’s scale, and a run it cannot keep faithful says so afterwards too', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.setLiveScale(1);
    controller.start(BURST);
    const run = await firstRun(frames, runs);
    expect(run.options.timeScale).toBe(1);
    const plan = controller.getSnapshot().liveScale;
    expect(plan?.automatic).toBe(false);
    expect(plan?.problem).toMatch(/^This live run will not keep its timings even at real time/);
    run.resolve({
      trace: { calls: [], work: [], makespanMs: 20 },
      reliability: RELIABLE,
      compensationMs: 300,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot().reliability?.notes[0]).toBe(plan?.problem);
  });

  it('runs the talk’s four calls at real time with nothing to say about the scale', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(live({ model: 'promise-all' }));
    const run = await firstRun(frames, runs);
    expect(run.options.timeScale).toBe(1);
    // Clear of the first answer (due at 125 ms): the cursor moves in real time.
    const before = controller.getSnapshot().nowMs;
    frames.advance(50);
    expect(controller.getSnapshot().nowMs - before).toBeCloseTo(50, 6);
    run.resolve({
      trace: { calls: [], work: [], makespanMs: 500 },
      reliability: RELIABLE,
      compensationMs: 12,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot().reliability?.notes).toEqual(['a note']);
  });

  it('skips one cursor move when an answer falls due within the render guard, never two', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    // One call of 125 ms: its answer is due at 125 ms.
    controller.start(
      live({
        model: 'promise-all',
        calls: [{ service: 's', latency: { kind: 'fixed', ms: 125 } }],
      }),
    );
    await firstRun(frames, runs);
    const startNowMs = controller.getSnapshot().nowMs;
    frames.advance(50);
    const clearMs = controller.getSnapshot().nowMs;
    expect(clearMs).toBeGreaterThan(startNowMs);
    expect(clearMs + RENDER_GUARD_WALL_MS).toBeLessThan(125);
    // Step the cursor until a move is skipped: only a move with 125 ms within its guard is.
    let previousMs = clearMs;
    let skippedAtMs: number | null = null;
    for (let step = 0; step < 10 && skippedAtMs === null; step += 1) {
      frames.advance(LIVE_FOLLOW_INTERVAL_MS);
      const nowMs = controller.getSnapshot().nowMs;
      if (nowMs === previousMs) skippedAtMs = nowMs;
      previousMs = nowMs;
    }
    expect(skippedAtMs).not.toBeNull();
    expect(125 - (skippedAtMs as number)).toBeLessThanOrEqual(
      RENDER_GUARD_WALL_MS + LIVE_FOLLOW_INTERVAL_MS,
    );
    // The next move goes ahead, even with the answer still due soon (or just due).
    frames.advance(LIVE_FOLLOW_INTERVAL_MS);
    expect(controller.getSnapshot().nowMs).toBeGreaterThan(skippedAtMs as number);
  });
});
