import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../../../core/testing/flattenScenario.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import { createFakeFrames } from '../../../run/fakeFrames.ts';
import { LIVE_RUN_LEFT_NOTE } from '../../../run/runSession.ts';
import { scriptedLiveServer } from '../../../run/testing/scriptedLiveServer.ts';
import { createServerRunController } from './serverRunController.ts';

const preset = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(presetScenario('talk-sync-processes'), changes);

describe('server run controller, when its lab is left and shown again', () => {
  it('a virtual load test in progress keeps advancing while its lab is hidden, to its end', async () => {
    const frames = createFakeFrames();
    const controller = createServerRunController(frames);
    controller.start(preset({ preset: 'talk-sync-basic', requests: 20, processes: 1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    frames.advance(1000);
    controller.leave();
    frames.advance(4000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'running', nowMs: 5000 });
    frames.advance(20_000);
    const done = controller.getSnapshot();
    expect(done).toMatchObject({ status: 'done', nowMs: 25_000, completed: 20 });
    controller.leave();
    expect(controller.getSnapshot()).toBe(done);
  });

  it('a live load test in progress is stopped, its calls aborted, and the lab says so', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLiveServer();
    const controller = createServerRunController(frames, port);
    controller.start(preset({ engine: 'live' }), 2);
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    controller.leave();
    expect(runs[0]!.options.signal.aborted).toBe(true);
    expect(controller.getSnapshot()).toMatchObject({
      status: 'idle',
      data: null,
      error: LIVE_RUN_LEFT_NOTE,
    });
    expect(frames.pending()).toBe(0);
  });
});
