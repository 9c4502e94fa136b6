import { describe, expect, it, vi } from 'vitest';
import { MODEL_NAMES } from '../../../core/modelSpec.ts';
import { DEFAULT_SCENARIO } from '../../../core/scenario.ts';
import { simulateFanOut } from '../../../core/simulate.ts';
import { withFields } from '../../../core/testing/flattenScenario.ts';
import { createFakeFrames } from '../../run/fakeFrames.ts';
import { scriptedLive, type ScriptedRun } from '../../run/testing/scriptedLive.ts';
import { createCompareController } from './compareController.ts';

describe('a live comparison’s time scale', () => {
  it('runs every model at the one scale the most demanding needs, so the lanes compare', async () => {
    // 40 calls of 20 ms: sequential needs no slowing down, promise-all sends all 40 at once.
    const scenario = withFields(DEFAULT_SCENARIO, {
      lab: 'compare',
      engine: 'live',
      calls: Array.from({ length: 40 }, () => ({
        service: 'search',
        latency: { kind: 'fixed' as const, ms: 20 },
      })),
    });
    const frames = createFakeFrames();
    const { port, runs } = scriptedLive();
    const controller = createCompareController(frames, port);
    controller.start(scenario);
    for (const index of MODEL_NAMES.keys()) {
      await vi.waitFor(() => {
        frames.advance(16);
        expect(runs).toHaveLength(index + 1);
      });
      const run = runs[index] as ScriptedRun;
      const trace = await simulateFanOut(run.calls, run.spec);
      run.resolve({
        trace,
        reliability: { hidden: false, maxEventLoopLagMs: 1, saturated: false, notes: [] },
        compensationMs: 12,
      });
    }
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const scales = new Set(runs.map((run) => run.options.timeScale));
    const margins = new Set(runs.map((run) => run.options.marginMs));
    expect(scales.size).toBe(1);
    expect(margins.size).toBe(1);
    const [scale] = scales;
    expect(scale).toBeLessThan(1);
    expect(controller.getSnapshot().liveScale?.timeScale).toBe(scale);
  });
});
