import { describe, expect, it, vi } from 'vitest';
import type { LiveRunResult } from '../../core/liveTypes.ts';
import type { Scenario } from '../../core/scenario.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import type { NetworkEnginePort, NetworkPortRunOptions } from '../networkEnginePort.ts';
import { createFakeFrames } from './fakeFrames.ts';
import { NETWORK_GUARD_AFTER_WALL_MS, RENDER_GUARD_WALL_MS } from './renderGuard.ts';
import { LIVE_FOLLOW_INTERVAL_MS } from './runSession.ts';
import { createRunController } from './runController.ts';

/** Twelve 500 ms calls all at once, on the network engine over `protocol`. */
const twelve = (protocol: 'http1' | 'h2'): Scenario =>
  decodeScenario(`model=promise-all&calls=500*12&engine=network&protocol=${protocol}`).scenario;

/**
 * Starts `query` on a network engine whose run never ends, steps the cursor every
 * LIVE_FOLLOW_INTERVAL_MS up to `untilMs`, and returns where it stood at each move it skipped.
 */
async function skippedMovesMs(query: string, untilMs: number): Promise<number[]> {
  const frames = createFakeFrames();
  const controller = createRunController(frames, null);
  let started = false;
  controller.setNetwork({
    run: () => {
      started = true;
      return new Promise(() => undefined);
    },
  });
  controller.start(decodeScenario(query).scenario);
  await vi.waitFor(() => {
    frames.advance(1);
    expect(started).toBe(true);
  });
  const skippedAtMs: number[] = [];
  let previousMs = controller.getSnapshot().nowMs;
  while (previousMs < untilMs) {
    frames.advance(LIVE_FOLLOW_INTERVAL_MS);
    const nowMs = controller.getSnapshot().nowMs;
    if (nowMs === previousMs) skippedAtMs.push(nowMs);
    previousMs = nowMs;
  }
  return skippedAtMs;
}

describe('run controller on the network engine', () => {
  it('without the network engine, runs virtual with the browser’s six connections and says so', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    controller.start(twelve('http1'));
    await vi.waitFor(() => expect(controller.getSnapshot().data).not.toBeNull());
    frames.advance(2000);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const done = controller.getSnapshot();
    expect(done.error).toBeNull();
    expect(done.engine).toBe('virtual');
    expect(done.trace?.makespanMs).toBe(1000);
    expect(done.reliability?.notes[0]).toContain('run `npm start`');
  });

  it('hands the run to the network engine with the protocol, and shows its trace when done', async () => {
    const frames = createFakeFrames();
    const controller = createRunController(frames, null);
    const asked: NetworkPortRunOptions[] = [];
    let finish: (result: LiveRunResult) => void = () => undefined;
    const port: NetworkEnginePort = {
      run: (_calls, _spec, options) => {
        asked.push(options);
        return new Promise((resolve) => (finish = resolve));
      },
    };
    controller.setNetwork(port);
    controller.start(twelve('h2'));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(asked).toHaveLength(1);
    });
    expect(asked[0]?.protocol).toBe('h2');
    const wire = { queuedMs: 0, connectMs: 0, waitingMs: 500, downloadMs: 1, protocol: 'h2' };
    finish({
      trace: {
        calls: [
          {
            request: 0,
            index: 0,
            service: 's0',
            latencyMs: 500,
            readyAtMs: 0,
            startedAtMs: 0,
            endedAtMs: 502,
            status: 'ok',
            wire,
          },
        ],
        work: [],
        makespanMs: 502,
      },
      reliability: { hidden: false, maxEventLoopLagMs: 3, saturated: false, notes: ['n'] },
      compensationMs: 0,
    });
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const done = controller.getSnapshot();
    expect(done.engine).toBe('network');
    expect(done.data?.wire?.get(0)).toEqual(wire);
  });

  it('keeps the cursor’s renders clear of the answers due behind the browser’s six connections', async () => {
    // Over HTTP/1.1 the first six answers are due at 480 ms, the queued six at 960 ms (the
    // cursor moves every 50 ms, so each due instant has one move within the guard before it).
    const skippedAtMs = await skippedMovesMs(
      'model=promise-all&calls=480*12&engine=network&protocol=http1',
      1100,
    );
    const nearMs = (dueMs: number) =>
      skippedAtMs.filter(
        (ms) => ms <= dueMs && dueMs - ms <= RENDER_GUARD_WALL_MS + LIVE_FOLLOW_INTERVAL_MS,
      );
    expect(nearMs(480)).toHaveLength(1);
    expect(nearMs(960)).toHaveLength(1);
    expect(skippedAtMs).toHaveLength(2);
  });

  it('skips the cursor move just after an answer was due: a network answer arrives after it', async () => {
    // Twelve 495 ms calls over h2: one wave due at 495 ms. The cursor moves at 1 + 50k ms, so
    // the move at 451 ms has 495 beyond its 40 ms look-ahead, and the move at 501 ms comes 6 ms
    // after the answers were due, while they arrive over the wire.
    const skippedAtMs = await skippedMovesMs(
      'model=promise-all&calls=495*12&engine=network&protocol=h2',
      700,
    );
    expect(skippedAtMs).toHaveLength(1);
    const [skipped] = skippedAtMs as [number];
    // The skipped move was the one due to land after the answers were due, within the margin.
    expect(skipped + LIVE_FOLLOW_INTERVAL_MS).toBeGreaterThan(495);
    expect(skipped + LIVE_FOLLOW_INTERVAL_MS - 495).toBeLessThanOrEqual(
      NETWORK_GUARD_AFTER_WALL_MS,
    );
  });
});
