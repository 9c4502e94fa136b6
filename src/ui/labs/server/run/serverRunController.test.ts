import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../../../core/testing/flattenScenario.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import { createFakeFrames } from '../../../run/fakeFrames.ts';
import { LIVE_FOLLOW_INTERVAL_MS } from '../../../run/runSession.ts';
import { createServerRunController } from './serverRunController.ts';
import { QUIET_RUN, scriptedLiveServer } from '../../../run/testing/scriptedLiveServer.ts';

const preset = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(presetScenario('talk-sync-processes'), changes);

describe('server run controller', () => {
  it('replays a virtual load test fitted to 5 s when asked to, then is done with the stats', async () => {
    const frames = createFakeFrames();
    const controller = createServerRunController(frames);
    controller.start(preset({ preset: 'talk-sync-basic', requests: 20, processes: 1 }), 1, 'fit');
    expect(controller.getSnapshot()).toMatchObject({ status: 'running', axisEndMs: 25_000 });
    expect(controller.getSnapshot().prediction?.makespanMs).toBe(25_000);
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    // Fitted, 25 s replays at 5x: one wall second shows five.
    expect(controller.getSnapshot().rate).toBe(5);
    frames.advance(1000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'running', nowMs: 5000 });
    expect(controller.getSnapshot().stats).toBeNull();
    frames.advance(4000);
    const done = controller.getSnapshot();
    expect(done).toMatchObject({ status: 'done', nowMs: 25_000, completed: 20 });
    expect(done.stats).toMatchObject({ makespanMs: 25_000, peakBusyWorkers: 1 });
    expect(done.stats?.latencyMs.p50).toBe(12_500);
    expect(frames.pending()).toBe(0);
  });

  it('replays a virtual load test at its speed, 1× being real time however long the run', async () => {
    const frames = createFakeFrames();
    const controller = createServerRunController(frames);
    controller.start(preset({ preset: 'talk-sync-basic', requests: 20, processes: 1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    expect(controller.getSnapshot().rate).toBe(1);
    frames.advance(5000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'running', nowMs: 5000 });
    frames.advance(20_000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'done', nowMs: 25_000 });
  });

  it('shows the whole run at once when the person prefers reduced motion', async () => {
    const controller = createServerRunController(createFakeFrames(true));
    controller.start(preset());
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot()).toMatchObject({ nowMs: 6250 });
    expect(controller.getSnapshot().stats?.makespanMs).toBe(6250);
  });

  it('refreshes the charts at most every 200 ms of wall time during a replay', async () => {
    const frames = createFakeFrames();
    const controller = createServerRunController(frames);
    controller.start(preset({ speed: 0.1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    const versions = new Set<number>();
    for (let i = 0; i < 60; i += 1) {
      frames.advance(16);
      versions.add(controller.getSnapshot().chartVersion);
    }
    expect(versions.size).toBeLessThanOrEqual(6);
    expect(versions.size).toBeGreaterThanOrEqual(4);
  });

  it('reset stops a replay: idle, no data, no frame left', async () => {
    const frames = createFakeFrames();
    const controller = createServerRunController(frames);
    controller.start(preset());
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    frames.advance(50);
    controller.reset();
    frames.advance(10_000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle', data: null, nowMs: 0 });
    expect(frames.pending()).toBe(0);
  });

  it('a live run grows from its events, time-scaled, and ends with the engine’s trace', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLiveServer();
    const controller = createServerRunController(frames, port);
    const scenario = preset({ engine: 'live', compensate: false });
    controller.start(scenario, 2);
    // The run waits two frames (the timeline mounts) before the engine sends anything.
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    const run = runs[0]!;
    expect(run.options).toMatchObject({ timeScale: 2, compensate: false });
    expect(run.input.server).toMatchObject({ requests: 20, processes: 4 });
    run.options.onEvent({ type: 'request-sent', index: 0, atMs: 0 });
    run.options.onEvent({ type: 'request-started', index: 0, worker: 3, process: 3, atMs: 2 });
    let snap = controller.getSnapshot();
    expect([snap.data?.startedAtMs[0], snap.data?.worker[0]]).toEqual([2, 3]);
    expect(snap.data?.endedAtMs[0]).toBe(Infinity);
    // The cursor moves in experiment time, redrawn every LIVE_FOLLOW_INTERVAL_MS of wall time:
    // at 2x, twice as many experiment ms.
    frames.advance(LIVE_FOLLOW_INTERVAL_MS);
    const before = controller.getSnapshot().nowMs;
    frames.advance(LIVE_FOLLOW_INTERVAL_MS);
    expect(controller.getSnapshot().nowMs).toBe(before + 2 * LIVE_FOLLOW_INTERVAL_MS);
    // Events fill the data in place and are shown at the next redraw, not one render each.
    const version = controller.getSnapshot().version;
    run.options.onEvent({
      type: 'request-ended',
      span: {
        index: 0,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 2,
        freedAtMs: 1252,
        endedAtMs: 1260,
        worker: 3,
        process: 3,
      },
    });
    run.options.onEvent({ type: 'request-sent', index: 4, atMs: 1260 });
    expect(controller.getSnapshot().version).toBe(version);
    frames.advance(LIVE_FOLLOW_INTERVAL_MS);
    expect(controller.getSnapshot().version).toBe(version + 1);
    snap = controller.getSnapshot();
    expect(snap.completed).toBe(1);
    expect(snap.chartVersion).toBe(0);
    const trace = await simulateServer(run.input);
    run.resolve({ trace, reliability: QUIET_RUN, timeScale: 2 });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    snap = controller.getSnapshot();
    expect(snap).toMatchObject({ nowMs: 6250, completed: 20, rate: 2 });
    expect(snap.stats?.makespanMs).toBe(6250);
    expect(snap.chartVersion).toBeGreaterThan(0);
  });

  it('reset aborts a live run, and its late events never reach the next run', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLiveServer();
    const controller = createServerRunController(frames, port);
    controller.start(preset({ engine: 'live' }), 2);
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    const old = runs[0]!;
    controller.reset();
    expect(old.options.signal.aborted).toBe(true);
    controller.start(preset({ engine: 'live' }), 2);
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(2);
    });
    old.options.onEvent({ type: 'request-started', index: 4, worker: 0, process: 0, atMs: 9 });
    old.options.onEvent({
      type: 'request-ended',
      span: {
        index: 5,
        intendedAtMs: 0,
        sentAtMs: 0,
        startedAtMs: 0,
        freedAtMs: 9,
        endedAtMs: 9,
        worker: 0,
        process: 0,
      },
    });
    const snap = controller.getSnapshot();
    expect(snap.data?.startedAtMs[4]).toBe(Infinity);
    expect(snap.completed).toBe(0);
    expect(snap.status).toBe('running');
  });

  it('says why a live run cannot start', () => {
    const controller = createServerRunController(createFakeFrames(), null);
    controller.start(preset({ engine: 'live' }));
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle' });
    expect(controller.getSnapshot().error).toMatch(/live server runs are unavailable/);
    const { port } = scriptedLiveServer();
    controller.setLive(port);
    controller.start(preset({ engine: 'live', requests: 201 }));
    expect(controller.getSnapshot().error).toMatch(/at most 1000 mocked requests/);
  });
});
