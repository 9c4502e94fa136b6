import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../../core/testing/flattenScenario.ts';
import { MODEL_NAMES } from '../../../core/modelSpec.ts';
import { predict } from '../../../core/predict.ts';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls, type Scenario } from '../../../core/scenario.ts';
import { simulateFanOut } from '../../../core/simulate.ts';
import { createFakeFrames } from '../../run/fakeFrames.ts';
import { scriptedLive, type ScriptedRun } from '../../run/testing/scriptedLive.ts';
import { cursorPicture } from '../../run/testing/cursorPicture.ts';
import { createCompareController } from './compareController.ts';
import type { CompareSnapshot } from './compareSnapshot.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, { lab: 'compare', ...changes });

/** The talk's makespans with the default parameters (DESIGN.md), in MODEL_NAMES order. */
const TALK_MAKESPANS_MS = [1250, 500, 750, 750, 750, 1000];

/** What a live run of `run` would return: the virtual engine's trace, 3 ms late overall. */
async function settle(run: ScriptedRun): Promise<void> {
  const trace = await simulateFanOut(run.calls, run.spec);
  const calls = trace.calls.map((span) => ({ ...span, endedAtMs: span.endedAtMs + 3 }));
  const work = trace.work.map((span) => ({ ...span, endedAtMs: span.endedAtMs + 3 }));
  run.resolve({
    trace: { calls, work, makespanMs: trace.makespanMs + 3 },
    reliability: { hidden: false, maxEventLoopLagMs: 2, saturated: false, notes: [] },
    compensationMs: 12,
  });
}

/** Each lane's state and what its timeline shows at its cursor, 125 ms a character. */
function lanesPicture(snapshot: CompareSnapshot): string {
  return snapshot.lanes
    .map(
      (lane) =>
        `${lane.model} ${lane.state}\n${cursorPicture(lane.data, lane.nowMs, 125, snapshot.axisEndMs)}`,
    )
    .join('\n');
}

describe('compare controller', () => {
  it('a virtual comparison computes all six models, each ending at its prediction', async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    const scenario = talk();
    controller.start(scenario);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const { lanes, rows, axisEndMs } = controller.getSnapshot();
    expect(lanes.map((lane) => lane.model)).toEqual([...MODEL_NAMES]);
    const latencies = planCalls(scenario.fanOut.calls, scenario.run.seed).map(
      (call) => call.latencyMs,
    );
    const predicted = MODEL_NAMES.map(
      (model) => predict(latencies, modelSpecOf({ ...scenario.fanOut, model })).makespanMs,
    );
    expect(predicted).toEqual(TALK_MAKESPANS_MS);
    expect(rows.map((row) => row.stats?.makespanMs)).toEqual(predicted);
    expect(rows.map((row) => row.predictedMs)).toEqual(predicted);
    expect(rows.map((row) => row.stats?.peakCallsInFlight)).toEqual([1, 4, 2, 2, 2, 4]);
    // No faults, no policy: each call is its own single copy on the wire.
    expect(rows.map((row) => row.stats?.peakRequestsOnWire)).toEqual([1, 4, 2, 2, 2, 4]);
    expect(lanes.every((lane) => lane.state === 'done' && lane.data.count === 4)).toBe(true);
    expect(axisEndMs).toBe(1250);
  });

  it('carries both peaks per model: a hedge is one call but two requests on the wire', async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    controller.start(talk({ limit: 1, calls: talk().fanOut.calls.slice(0, 2), hedgeMs: 100 }));
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const pool = controller.getSnapshot().rows.find((row) => row.model === 'worker-pool');
    expect(pool?.stats).toMatchObject({ peakCallsInFlight: 1, peakRequestsOnWire: 2 });
  });

  it("uses the scenario's parameters for every model", async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    controller.start(talk({ limit: 3, workMs: 200, throttle: 'spacing', minTimeMs: 100 }));
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const specs = controller.getSnapshot().lanes.map((lane) => lane.spec);
    expect(specs[2]).toEqual({ name: 'worker-pool', limit: 3 });
    expect(specs[3]).toEqual({
      name: 'throttled',
      limit: 3,
      throttle: { kind: 'spacing', minTimeMs: 100 },
    });
    expect(specs[5]).toEqual({ name: 'offload', workMs: 200 });
  });

  it('replays every lane under one shared cursor; a lane is done when the cursor passes its end', async () => {
    const frames = createFakeFrames();
    const controller = createCompareController(frames, null);
    controller.start(talk({ speed: 1 }));
    await vi.waitFor(() => expect(controller.getSnapshot().lanes[0]?.state).toBe('running'));
    frames.advance(600);
    const mid = controller.getSnapshot();
    expect(mid.status).toBe('running');
    // Every lane at 600 ms: promise-all (500 ms) is done, the others still run.
    expect(lanesPicture(mid)).toBe(
      [
        'sequential running',
        '0 session  |=         | 0 → 125',
        '1 business |-==       | 125 → 375',
        '2 user     |---==     | 375 → 750',
        '3 reviews  |-----     | 750 → 1250',
        'request    |          | ok at 1250',
        'now        |    ^     | 600',
        'promise-all done',
        '0 session  |=         | 0 → 125',
        '1 business |==        | 0 → 250',
        '2 user     |===       | 0 → 375',
        '3 reviews  |====      | 0 → 500',
        'request    |    |     | ok at 500',
        'now        |    ^     | 600',
        'worker-pool running',
        '0 session  |=         | 0 → 125',
        '1 business |==        | 0 → 250',
        '2 user     |-===      | 125 → 500',
        '3 reviews  |--===     | 250 → 750',
        'request    |          | ok at 750',
        'now        |    ^     | 600',
        'throttled running',
        '0 session  |=         | 0 → 125',
        '1 business |==        | 0 → 250',
        '2 user     |--===     | 250 → 625',
        '3 reviews  |--===     | 250 → 750',
        'request    |          | ok at 750',
        'now        |    ^     | 600',
        'batches running',
        '0 session  |=         | 0 → 125',
        '1 business |==        | 0 → 250',
        '2 user     |--===     | 250 → 625',
        '3 reviews  |--===     | 250 → 750',
        'request    |          | ok at 750',
        'now        |    ^     | 600',
        'offload running',
        '0 session  |=         | 0 → 125',
        '1 business |==        | 0 → 250',
        '2 user     |===       | 0 → 375',
        '3 reviews  |====      | 0 → 500',
        'W work     |#####     | 0 → 1000',
        'request    |          | ok at 1000',
        'now        |    ^     | 600',
      ].join('\n'),
    );
    expect(mid.rows[1]?.stats?.makespanMs).toBe(500);
    expect(mid.rows[0]?.stats).toBeNull();
    // The rows (table and charts) change only when a lane finishes, not with every frame.
    frames.advance(16);
    expect(controller.getSnapshot().rows).toBe(mid.rows);
    frames.advance(700);
    const done = controller.getSnapshot();
    expect(done.status).toBe('done');
    expect(done.lanes.every((lane) => lane.nowMs === Infinity)).toBe(true);
    expect(frames.pending()).toBe(0);
  });

  it('a live comparison runs the models one after another, each after the previous ended', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createCompareController(frames, port);
    controller.start(talk({ engine: 'live', calls: DEFAULT_SCENARIO.fanOut.calls.slice(0, 2) }));
    for (const [index, model] of MODEL_NAMES.entries()) {
      // Each model waits two frames (its lane paints) before its calls are sent.
      await vi.waitFor(() => {
        frames.advance(16);
        expect(runs).toHaveLength(index + 1);
      });
      const run = runs[index] as ScriptedRun;
      expect(run.spec.name).toBe(model);
      expect(controller.getSnapshot().liveLane).toBe(index);
      expect(controller.getSnapshot().lanes[index]?.state).toBe('running');
      // However many frames pass, the next model does not start while this one runs.
      for (let k = 0; k < 5; k += 1) frames.advance(50);
      await Promise.resolve();
      expect(runs).toHaveLength(index + 1);
      expect(controller.getSnapshot().lanes[index + 1]?.state ?? 'none').not.toBe('running');
      run.options.onEvent({ type: 'call-start', request: 0, index: 0, atMs: 0 });
      expect(controller.getSnapshot().lanes[index]?.data.startedAtMs[0]).toBe(0);
      await settle(run);
      await vi.waitFor(() => expect(controller.getSnapshot().lanes[index]?.state).toBe('done'));
    }
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const snapshot = controller.getSnapshot();
    expect(snapshot.liveLane).toBeNull();
    // The two calls (125, 250): sequential 375, promise-all 250, pool 250, throttled 250,
    // batches 250, offload 1000; each measured 3 ms late by the scripted engine.
    expect(snapshot.rows.map((row) => row.predictedMs)).toEqual([375, 250, 250, 250, 250, 1000]);
    expect(snapshot.rows.map((row) => row.stats?.makespanMs)).toEqual([
      378, 253, 253, 253, 253, 1003,
    ]);
    expect(snapshot.axisEndMs).toBe(1003);
    expect(frames.pending()).toBe(0);
  });

  it('reset aborts a live comparison, and nothing of it lands in the next one', async () => {
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive({ rejectOnAbort: false });
    const controller = createCompareController(frames, port);
    controller.start(talk({ engine: 'live' }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    const old = runs[0] as ScriptedRun;
    controller.reset();
    expect(old.options.signal.aborted).toBe(true);
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle', lanes: [], liveLane: null });
    expect(frames.pending()).toBe(0);

    controller.start(talk({ engine: 'live' }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(2);
    });
    // The old run's late event and late answer are dropped: the new first lane is untouched,
    // and the old comparison never goes on to its second model.
    old.options.onEvent({ type: 'call-start', request: 0, index: 2, atMs: 99 });
    const firstLane = controller.getSnapshot().lanes[0];
    if (firstLane === undefined) throw new Error('no first lane');
    expect(cursorPicture(firstLane.data, 0, 125, 500)).toBe(
      [
        '0 session  |    | not sent',
        '1 business |    | not sent',
        '2 user     |    | not sent',
        '3 reviews  |    | not sent',
        'now        |^   | 0',
      ].join('\n'),
    );
    await settle(old);
    for (let k = 0; k < 5; k += 1) frames.advance(16);
    await Promise.resolve();
    expect(runs).toHaveLength(2);
    expect(controller.getSnapshot().lanes[0]?.state).toBe('running');
    expect(controller.getSnapshot().rows[0]?.stats).toBeNull();
  });

  it('says why a live comparison cannot start', () => {
    const unavailable = createCompareController(createFakeFrames(), null);
    unavailable.start(talk({ engine: 'live' }));
    expect(unavailable.getSnapshot().status).toBe('idle');
    expect(unavailable.getSnapshot().error).toMatch(/live runs are unavailable/);

    const { port } = scriptedLive();
    const tooMany = createCompareController(createFakeFrames(), port);
    const calls = Array.from({ length: 1001 }, () => ({
      service: 'a',
      latency: { kind: 'fixed' as const, ms: 1 },
    }));
    tooMany.start(talk({ engine: 'live', calls }));
    expect(tooMany.getSnapshot().error).toMatch(/at most 1000 calls/);
  });
});
