import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { createFakeFrames } from '../run/fakeFrames.ts';
import { createRunController } from '../run/runController.ts';
import { createEventStepper, REDUCED_MOTION_STEP_MS, type StepTimers } from './eventStepper.ts';
import { createReplayActions } from './replayActions.ts';

/** A hand-cranked interval timer: `advance(ms)` fires every interval due by then. */
function fakeTimers() {
  let nowMs = 0;
  let next = 1;
  const intervals = new Map<number, { callback: () => void; ms: number; dueMs: number }>();
  const timers: StepTimers = {
    setInterval: (callback, ms) => {
      intervals.set(next, { callback, ms, dueMs: nowMs + ms });
      return next++;
    },
    clearInterval: (handle) => {
      intervals.delete(handle);
    },
  };
  const advance = (ms: number): void => {
    const endMs = nowMs + ms;
    for (;;) {
      const due = [...intervals.values()].filter((i) => i.dueMs <= endMs);
      if (due.length === 0) break;
      const first = due.reduce((a, b) => (b.dueMs < a.dueMs ? b : a));
      nowMs = first.dueMs;
      first.dueMs += first.ms;
      first.callback();
    }
    nowMs = endMs;
  };
  return { timers, advance, active: () => intervals.size };
}

const workerPool: Scenario = {
  ...DEFAULT_SCENARIO,
  fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'worker-pool' },
};

async function setUp(reducedMotion: boolean) {
  const frames = createFakeFrames(reducedMotion);
  const controller = createRunController(frames, null);
  const clock = fakeTimers();
  const stepping: boolean[] = [];
  const actions = createReplayActions(controller, {
    reducedMotion: () => reducedMotion,
    timers: clock.timers,
    onSteppingChange: (value) => stepping.push(value),
  });
  controller.start(workerPool);
  await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
  return { frames, controller, clock, stepping, actions };
}

describe('event stepper', () => {
  it('steps at once, then every interval, and stops itself after the last step', () => {
    const clock = fakeTimers();
    let left = 3;
    const changes: boolean[] = [];
    const stepper = createEventStepper({
      timers: clock.timers,
      onRunningChange: (running) => changes.push(running),
      step: () => (left -= 1) > 0,
    });
    stepper.start(true);
    expect(left).toBe(2);
    clock.advance(REDUCED_MOTION_STEP_MS - 1);
    expect(left).toBe(2);
    clock.advance(1);
    expect(left).toBe(1);
    clock.advance(REDUCED_MOTION_STEP_MS);
    expect(left).toBe(0);
    expect(stepper.isRunning()).toBe(false);
    expect(changes).toEqual([true, false]);
    expect(clock.active()).toBe(0);
  });

  it('stop ends it; starting twice is one stepper', () => {
    const clock = fakeTimers();
    let steps = 0;
    const stepper = createEventStepper({
      timers: clock.timers,
      onRunningChange: () => {},
      step: () => ((steps += 1), true),
    });
    stepper.start(false);
    stepper.start(false);
    clock.advance(REDUCED_MOTION_STEP_MS);
    expect(steps).toBe(1);
    stepper.stop();
    clock.advance(10 * REDUCED_MOTION_STEP_MS);
    expect(steps).toBe(1);
  });
});

describe('replay actions', () => {
  it('with reduced motion, Play jumps event to event every 600 ms instead of animating', async () => {
    const { frames, controller, clock, stepping, actions } = await setUp(true);
    // Reduced motion showed the run at once: the cursor is at the end.
    expect(controller.getSnapshot().nowMs).toBe(750);
    actions.togglePlay();
    // From the end, Play starts over at 0 and waits there for one interval.
    expect(controller.getSnapshot().nowMs).toBe(0);
    frames.advance(100);
    expect(controller.getSnapshot().nowMs).toBe(0);
    const seen: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      clock.advance(REDUCED_MOTION_STEP_MS);
      seen.push(controller.getSnapshot().nowMs);
    }
    // worker-pool(2) on 125/250/375/500: events at 125, 250, 500, 750.
    expect(seen).toEqual([125, 250, 500, 750, 750]);
    expect(stepping).toEqual([true, false]);
    expect(clock.active()).toBe(0);
    expect(frames.pending()).toBe(0);
  });

  it('with reduced motion, Play from the middle steps at once; Play again pauses', async () => {
    const { controller, clock, stepping, actions } = await setUp(true);
    actions.seek(200);
    actions.togglePlay();
    expect(controller.getSnapshot().nowMs).toBe(250);
    actions.togglePlay();
    clock.advance(5 * REDUCED_MOTION_STEP_MS);
    expect(controller.getSnapshot().nowMs).toBe(250);
    expect(stepping).toEqual([true, false]);
  });

  it('a seek or a step takes the cursor back from stepped play', async () => {
    const { controller, clock, actions } = await setUp(true);
    actions.seek(0);
    actions.togglePlay();
    actions.step(-1);
    expect(controller.getSnapshot().nowMs).toBe(0);
    clock.advance(5 * REDUCED_MOTION_STEP_MS);
    expect(controller.getSnapshot().nowMs).toBe(0);
  });

  it('a new run or a reset ends stepped play at once', async () => {
    const { controller, clock, stepping, actions } = await setUp(true);
    actions.seek(0);
    actions.togglePlay();
    controller.reset();
    expect(stepping).toEqual([true, false]);
    expect(clock.active()).toBe(0);
    // The subscription went with it: a later run is not stepped by a leftover listener.
    controller.start(workerPool);
    await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
    expect(stepping).toEqual([true, false]);
  });

  it('without reduced motion, Play animates and Play again pauses', async () => {
    const { frames, controller, clock, actions } = await setUp(false);
    actions.seek(100);
    actions.togglePlay();
    frames.advance(50);
    expect(controller.getSnapshot()).toMatchObject({ nowMs: 150, playback: 'playing' });
    actions.togglePlay();
    frames.advance(50);
    expect(controller.getSnapshot()).toMatchObject({ nowMs: 150, playback: 'paused' });
    expect(clock.active()).toBe(0);
  });

  it('a new speed applies at once to a replay that is playing', async () => {
    const { frames, controller, actions } = await setUp(false);
    actions.seek(100);
    actions.togglePlay();
    frames.advance(10);
    actions.setSpeed(10);
    frames.advance(10);
    expect(controller.getSnapshot()).toMatchObject({ nowMs: 210, speed: 10, playback: 'playing' });
  });

  it('does nothing before a timeline is known', () => {
    const controller = createRunController(createFakeFrames(true), null);
    const clock = fakeTimers();
    const actions = createReplayActions(controller, {
      reducedMotion: () => true,
      timers: clock.timers,
      onSteppingChange: () => {},
    });
    actions.togglePlay();
    expect(clock.active()).toBe(0);
    expect(controller.getSnapshot().playback).toBe('stopped');
  });
});
