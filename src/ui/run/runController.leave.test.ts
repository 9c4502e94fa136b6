import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { createFakeFrames } from './fakeFrames.ts';
import { createRunController } from './runController.ts';
import { LIVE_RUN_LEFT_NOTE } from './runSession.ts';
import { scriptedLive } from './testing/scriptedLive.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, changes);

// Leaving a lab (LabShell hides it behind another, useRunSession calls `leave`) and returning
// to it is, for the controller, a `leave` and then nothing: the same controller shows again.
describe('run controller, when its lab is left and shown again', () => {
  it('a finished run survives leaving and returning to the lab', async () => {
    const frames = createFakeFrames(true);
    const controller = createRunController(frames, null);
    controller.start(talk());
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const finished = controller.getSnapshot();
    controller.leave();
    expect(controller.getSnapshot()).toBe(finished);
    expect(finished.stats?.makespanMs).toBe(1250);
    // Its replay still works on return.
    controller.seek(300);
    expect(controller.getSnapshot().nowMs).toBe(300);
  });

  it('a virtual run in progress keeps advancing while its lab is hidden, to its end', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk({ speed: 1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    frames.advance(100);
    controller.leave();
    frames.advance(400);
    expect(controller.getSnapshot()).toMatchObject({ status: 'running', nowMs: 500 });
    frames.advance(800);
    expect(controller.getSnapshot()).toMatchObject({ status: 'done', nowMs: 1250 });
    expect(controller.getSnapshot().stats?.makespanMs).toBe(1250);
  });

  it('a live run in progress is stopped, its calls aborted, and the lab says so', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.setSpeed(4);
    controller.start(talk({ engine: 'live', speed: 3 }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    const run = runs[0]!;
    controller.leave();
    expect(run.options.signal.aborted).toBe(true);
    // A late event of the stopped run changes nothing.
    run.options.onEvent({ type: 'call-start', request: 0, index: 0, atMs: 1 });
    expect(controller.getSnapshot()).toMatchObject({
      status: 'idle',
      data: null,
      error: LIVE_RUN_LEFT_NOTE,
      speed: 3,
    });
    expect(frames.pending()).toBe(0);
    // The next run starts afresh, the note gone.
    controller.start(talk());
    expect(controller.getSnapshot().error).toBeNull();
  });

  it('a finished live run stays, replayable, after leaving the lab', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(talk({ engine: 'live' }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    const span = {
      request: 0,
      index: 0,
      service: 'session',
      latencyMs: 125,
      readyAtMs: 0,
      startedAtMs: 1,
      endedAtMs: 127,
      status: 'ok' as const,
    };
    runs[0]!.resolve({
      trace: { calls: [span], work: [], makespanMs: 127 },
      reliability: { hidden: false, maxEventLoopLagMs: 3, saturated: false, notes: [] },
      compensationMs: 5,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    controller.leave();
    expect(controller.getSnapshot()).toMatchObject({ status: 'done', error: null, nowMs: 127 });
    expect(runs[0]!.options.signal.aborted).toBe(false);
  });
});
