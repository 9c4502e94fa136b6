import { describe, expect, it, vi } from 'vitest';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { createFakeFrames } from './fakeFrames.ts';
import { createRunController } from './runController.ts';
import { cursorPicture } from './testing/cursorPicture.ts';
import { scriptedLive } from './testing/scriptedLive.ts';

const failing = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, {
    model: 'promise-all',
    errorRates: [{ service: 'business', pct: 100 }],
    ...changes,
  });

describe('run controller with faults', () => {
  it('has no closed-form makespan, expects the failure, and measures its cost', async () => {
    const controller = createRunController(createFakeFrames(true), null);
    controller.start(failing());
    const running = controller.getSnapshot();
    expect(running.predictedMakespanMs).toBeNull();
    expect(running.noClosedForm).toBe(true);
    expect(running.faultPrediction?.requestSuccessPct).toBe(0);
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const done = controller.getSnapshot();
    expect(done.trace?.outcome).toEqual({ status: 'failed', settledAtMs: 250, failedCall: 1 });
    // Promise.all fails at business's error; the calls already sent run on to the end.
    expect(cursorPicture(done.data!, done.nowMs, 62.5, done.axisEndMs)).toBe(
      [
        '0 session  |==      | 0 → 125',
        '1 business |====    | 0 → 250 failed',
        '2 user     |======  | 0 → 375',
        '3 reviews  |========| 0 → 500',
        'request    |    |   | failed at 250',
        'now        |       ^| 500',
      ].join('\n'),
    );
    expect(done.stats?.makespanMs).toBe(500);
    expect(done.faultStats?.successPct).toBe(75);
  });

  it('keeps the prediction when the policy changes nothing (a generous timeout, no faults)', () => {
    const controller = createRunController(createFakeFrames(true), null);
    controller.start({
      ...DEFAULT_SCENARIO,
      policy: { ...DEFAULT_SCENARIO.policy, timeoutMs: 5000 },
    });
    expect(controller.getSnapshot().predictedMakespanMs).toBe(1250);
    expect(controller.getSnapshot().faultPrediction).not.toBeNull();
  });

  it('lets the cursor step onto each retry and the request failure', async () => {
    const controller = createRunController(createFakeFrames(true), null);
    controller.start(
      failing({
        model: 'sequential',
        retries: 1,
        backoffMs: 50,
        jitter: 'none',
        calls: DEFAULT_SCENARIO.fanOut.calls.slice(0, 2),
      }),
    );
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const visited: number[] = [];
    controller.seek(0);
    for (let i = 0; i < 10; i += 1) {
      controller.step(1);
      visited.push(controller.getSnapshot().nowMs);
    }
    // session 0→125; business copy 0 125→375 error, backoff to 425, copy 1 425→675 error.
    expect(visited).toEqual([125, 375, 425, 675, 675, 675, 675, 675, 675, 675]);
  });

  it('hands the fault setup to the live engine', async () => {
    const { port, runs } = scriptedLive();
    const frames = createFakeFrames();
    const controller = createRunController(frames, port);
    controller.start(failing({ engine: 'live', retries: 2 }));
    await vi.waitFor(() => {
      frames.advance(16);
      expect(runs).toHaveLength(1);
    });
    expect(runs[0]?.options.faults?.policy.retries).toBe(2);
    controller.reset();
  });
});
