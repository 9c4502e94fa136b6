import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { createFakeFrames } from './fakeFrames.ts';
import { createRunController } from './runController.ts';
import type { RunSnapshot } from './runSnapshot.ts';
import { LIVE_FOLLOW_INTERVAL_MS } from './runSession.ts';
import { cursorPicture } from './testing/cursorPicture.ts';
import { scriptedLive } from './testing/scriptedLive.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, changes);

/**
 * What the timeline shows of a snapshot (cursorPicture.ts): at its cursor on its axis, 125 ms a
 * character, unless told otherwise.
 */
function pictureOf(
  snapshot: RunSnapshot,
  { nowMs = snapshot.nowMs, msPerChar = 125, axisEndMs = snapshot.axisEndMs } = {},
): string {
  if (snapshot.data === null) throw new Error('no timeline data yet');
  return cursorPicture(snapshot.data, nowMs, msPerChar, axisEndMs);
}

/** Paints frames until the live engine was asked for `count` runs (each waits two frames). */
async function paintedUntilRuns(
  frames: ReturnType<typeof createFakeFrames>,
  runs: readonly unknown[],
  count: number,
): Promise<void> {
  await vi.waitFor(() => {
    frames.advance(16);
    expect(runs).toHaveLength(count);
  });
}

describe('run controller', () => {
  it('replays a virtual run at the chosen speed, then is done with the stats', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk({ speed: 2 }));
    expect(controller.getSnapshot().status).toBe('running');
    expect(controller.getSnapshot().predictedMakespanMs).toBe(1250);
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    // 100 ms of frames at speed 2: the cursor is 200 ms into the run.
    frames.advance(100);
    expect(pictureOf(controller.getSnapshot())).toBe(
      [
        '0 session  |=         | 0 → 125',
        '1 business |-=        | 125 → 375',
        '2 user     |--        | 375 → 750',
        '3 reviews  |--        | 750 → 1250',
        'request    |          | ok at 1250',
        'now        | ^        | 200',
      ].join('\n'),
    );
    expect(controller.getSnapshot().status).toBe('running');
    frames.advance(600);
    const done = controller.getSnapshot();
    expect(done.status).toBe('done');
    expect(pictureOf(done)).toBe(
      [
        '0 session  |=         | 0 → 125',
        '1 business |-==       | 125 → 375',
        '2 user     |---===    | 375 → 750',
        '3 reviews  |------====| 750 → 1250',
        'request    |         || ok at 1250',
        'now        |         ^| 1250',
      ].join('\n'),
    );
    expect(done.stats?.makespanMs).toBe(1250);
    expect(frames.pending()).toBe(0);
  });

  it('shows the whole run at once when the person prefers reduced motion', async () => {
    const controller = createRunController(createFakeFrames(true), null);
    controller.start(talk({ model: 'promise-all' }));
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot().nowMs).toBe(500);
  });

  it('refreshes the charts at most every 200 ms of wall time during a replay', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk({ speed: 0.1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    const chartVersions = new Set<number>();
    for (let i = 0; i < 60; i += 1) {
      frames.advance(16);
      chartVersions.add(controller.getSnapshot().chartVersion);
    }
    // 960 ms of frames: at most one refresh per 200 ms (plus the first).
    expect(chartVersions.size).toBeLessThanOrEqual(6);
    expect(chartVersions.size).toBeGreaterThanOrEqual(4);
  });

  it('reset stops a replay: idle, no data, and no frame left scheduled', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk());
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    frames.advance(50);
    controller.reset();
    frames.advance(5000);
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle', data: null, nowMs: 0 });
    expect(frames.pending()).toBe(0);
  });

  it('a live run grows as events arrive and ends with the engine result', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(talk({ engine: 'live' }));
    // The run waits two frames (the timeline mounts) before the engine sends anything.
    await paintedUntilRuns(frames, runs, 1);
    const run = runs[0]!;
    const versionBefore = controller.getSnapshot().version;
    run.options.onEvent({ type: 'call-start', request: 0, index: 0, atMs: 1 });
    // An event writes the run's data but renders nothing itself (the mocks share this thread):
    // the next followed frame shows it.
    expect(controller.getSnapshot().version).toBe(versionBefore);
    // Drawn with the cursor at 100 ms (the live cursor follows the frames the wait took).
    expect(pictureOf(controller.getSnapshot(), { nowMs: 100, msPerChar: 25, axisEndMs: 250 })).toBe(
      [
        '0 session  |====      | 1 → …',
        '1 business |----      | not sent',
        '2 user     |----      | not sent',
        '3 reviews  |----      | not sent',
        'now        |    ^     | 100',
      ].join('\n'),
    );
    // The cursor moves at most every LIVE_FOLLOW_INTERVAL_MS of wall time while a run is live.
    const before = controller.getSnapshot().nowMs;
    frames.advance(LIVE_FOLLOW_INTERVAL_MS - 1);
    expect(controller.getSnapshot().nowMs).toBe(before);
    frames.advance(1);
    expect(controller.getSnapshot().nowMs).toBe(before + LIVE_FOLLOW_INTERVAL_MS);
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
    run.resolve({
      trace: { calls: [span], work: [], makespanMs: 127 },
      reliability: { hidden: false, maxEventLoopLagMs: 3, saturated: false, notes: [] },
      compensationMs: 5,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    expect(controller.getSnapshot().compensationMs).toBe(5);
    // The engine's trace replaces what the events drew; the cursor ends at its makespan.
    expect(pictureOf(controller.getSnapshot(), { msPerChar: 25, axisEndMs: 250 })).toBe(
      ['0 session |======    | 1 → 127', 'now       |     ^    | 127'].join('\n'),
    );
  });

  it('reset aborts a live run, and its late events never reach the next run', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(talk({ engine: 'live' }));
    // The run waits two frames (the timeline mounts) before the engine sends anything.
    await paintedUntilRuns(frames, runs, 1);
    const old = runs[0]!;
    controller.reset();
    expect(old.options.signal.aborted).toBe(true);
    controller.start(talk({ engine: 'live' }));
    await paintedUntilRuns(frames, runs, 2);
    old.options.onEvent({ type: 'call-start', request: 0, index: 2, atMs: 99 });
    expect(pictureOf(controller.getSnapshot(), { nowMs: 0 })).toBe(
      [
        '0 session  |          | not sent',
        '1 business |          | not sent',
        '2 user     |          | not sent',
        '3 reviews  |          | not sent',
        'now        |^         | 0',
      ].join('\n'),
    );
    expect(controller.getSnapshot().status).toBe('running');
  });

  it('says why a live run cannot start when live runs are unavailable', () => {
    const controller = createRunController(createFakeFrames(), null);
    controller.start(talk({ engine: 'live' }));
    expect(controller.getSnapshot().status).toBe('idle');
    expect(controller.getSnapshot().error).toMatch(/live runs are unavailable/);
  });

  it('refuses a run whose worst case is over MAX_COPIES before it simulates anything', () => {
    // The controls can build what the URL codec lowers: 50,000 calls that may each send 11 copies.
    const over = talk({
      calls: new Array(50_000).fill(talk().fanOut.calls[0]),
      errorRates: [{ service: '*', pct: 10 }],
      retries: 10,
    });
    const controller = createRunController(createFakeFrames(), null);
    controller.start(over);
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle', data: null });
    expect(controller.getSnapshot().error).toBe(
      'The run failed: a run sends at most 100000 copies of calls, and this one may send 50000 ' +
        'calls x 11 copies (the first send and 10 retries) = 550000 copies; use at most 9090 ' +
        'calls or at most 1 retry',
    );
  });

  it('refuses a live run whose worst case is over MAX_LIVE_COPIES before sending a call', () => {
    const { port, runs } = scriptedLive();
    const controller = createRunController(createFakeFrames(), port);
    controller.start(
      talk({ engine: 'live', hedgeMs: 100, calls: new Array(501).fill(talk().fanOut.calls[0]) }),
    );
    expect(runs).toHaveLength(0);
    expect(controller.getSnapshot().status).toBe('idle');
    expect(controller.getSnapshot().error).toBe(
      'The run failed: a live run sends at most 1000 copies of calls (each a real fetch()), and ' +
        'this one may send 501 calls x 2 copies (the first send, each hedged) = 1002 copies; use ' +
        'at most 500 calls or no hedge, or run it on the virtual engine',
    );
  });

  it('pauses a replay at its cursor and plays on from there', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk());
    await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
    frames.advance(100);
    controller.pause();
    frames.advance(500);
    expect(controller.getSnapshot()).toMatchObject({
      nowMs: 100,
      playback: 'paused',
      status: 'running',
    });
    controller.play();
    frames.advance(50);
    expect(controller.getSnapshot().nowMs).toBe(150);
    expect(controller.getSnapshot().playback).toBe('playing');
  });

  it('seeks and steps event by event; the charts follow the cursor at once', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk({ model: 'worker-pool' }));
    await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
    controller.seek(200);
    expect(controller.getSnapshot()).toMatchObject({
      nowMs: 200,
      chartNowMs: 200,
      playback: 'paused',
    });
    // worker-pool(2) on 125/250/375/500: instants 0, 125, 250, 500, 750.
    controller.step(1);
    expect(controller.getSnapshot().nowMs).toBe(250);
    controller.step(1);
    expect(controller.getSnapshot().nowMs).toBe(500);
    controller.step(-1);
    controller.step(-1);
    controller.step(-1);
    expect(controller.getSnapshot().nowMs).toBe(0);
    controller.step(-1);
    expect(controller.getSnapshot().nowMs).toBe(0);
  });

  it('seeking to the end finishes the first replay; play then replays from the start', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk({ model: 'promise-all' }));
    await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
    controller.seek(10_000);
    expect(controller.getSnapshot()).toMatchObject({
      status: 'done',
      nowMs: 500,
      playback: 'stopped',
    });
    controller.setSpeed(5);
    controller.play();
    frames.advance(20);
    expect(controller.getSnapshot()).toMatchObject({
      status: 'done',
      nowMs: 100,
      playback: 'playing',
    });
  });

  it('a pause requested by a listener while it is told about a frame stops the replay', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(talk());
    await vi.waitFor(() => expect(controller.getSnapshot().seekable).toBe(true));
    const unsubscribe = controller.subscribe(() => {
      if (controller.getSnapshot().nowMs >= 100) controller.pause();
    });
    frames.advance(100);
    unsubscribe();
    frames.advance(500);
    expect(controller.getSnapshot()).toMatchObject({ nowMs: 100, playback: 'paused' });
    expect(frames.pending()).toBe(0);
  });
});

describe('run controller failures', () => {
  it('a failed live run aborts the calls still in flight, as a reset does', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createRunController(frames, port);
    controller.start(talk({ engine: 'live' }));
    await paintedUntilRuns(frames, runs, 1);
    runs[0]!.reject(new Error('the transport broke'));
    await vi.waitFor(() => expect(controller.getSnapshot().error).not.toBeNull());
    expect(controller.getSnapshot()).toMatchObject({
      status: 'idle',
      error: 'The run failed: the transport broke',
    });
    expect(runs[0]!.options.signal.aborted).toBe(true);
    expect(frames.pending()).toBe(0);
  });
});
