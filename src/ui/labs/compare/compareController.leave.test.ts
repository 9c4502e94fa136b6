import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../../core/scenario.ts';
import { createFakeFrames } from '../../run/fakeFrames.ts';
import { LIVE_RUN_LEFT_NOTE } from '../../run/runSession.ts';
import { scriptedLive } from '../../run/testing/scriptedLive.ts';
import { createCompareController } from './compareController.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, { lab: 'compare', ...changes });

describe('compare controller, when its lab is left and shown again', () => {
  it('a finished comparison survives leaving and returning to the lab', async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    controller.start(talk());
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const finished = controller.getSnapshot();
    controller.leave();
    expect(controller.getSnapshot()).toBe(finished);
    expect(finished.rows.map((row) => row.stats?.makespanMs)).toEqual([
      1250, 500, 750, 750, 750, 1000,
    ]);
  });

  it('a virtual comparison in progress keeps advancing while its lab is hidden', async () => {
    const frames = createFakeFrames();
    const controller = createCompareController(frames, null);
    controller.start(talk({ speed: 1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().lanes[0]?.state).toBe('running'));
    frames.advance(100);
    controller.leave();
    frames.advance(500);
    // 600 ms in: Promise.all (500 ms) is done, sequential (1250 ms) is not.
    const midway = controller.getSnapshot();
    expect(midway.status).toBe('running');
    expect(midway.lanes.map((lane) => lane.state)).toEqual([
      'running',
      'done',
      'running',
      'running',
      'running',
      'running',
    ]);
    frames.advance(700);
    expect(controller.getSnapshot().status).toBe('done');
  });

  it('a live comparison in progress is stopped, its calls aborted, and the lab says so', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createCompareController(frames, port);
    controller.start(talk({ engine: 'live' }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    controller.leave();
    expect(runs[0]!.options.signal.aborted).toBe(true);
    expect(controller.getSnapshot()).toMatchObject({
      status: 'idle',
      lanes: [],
      liveLane: null,
      error: LIVE_RUN_LEFT_NOTE,
    });
    for (let k = 0; k < 5; k += 1) frames.advance(16);
    await Promise.resolve();
    // The comparison never went on to its next model.
    expect(runs).toHaveLength(1);
    expect(frames.pending()).toBe(0);
  });
});
