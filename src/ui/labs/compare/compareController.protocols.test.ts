import { describe, expect, it, vi } from 'vitest';
import { withFields } from '../../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO } from '../../../core/scenario.ts';
import { createFakeFrames } from '../../run/fakeFrames.ts';
import { createCompareController } from './compareController.ts';

describe('compare controller by protocol', () => {
  it("runs the scenario's model over HTTP/1.1 and HTTP/2: two waves, then one", async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    controller.start(
      withFields(DEFAULT_SCENARIO, {
        lab: 'compare',
        compareBy: 'protocols',
        model: 'promise-all',
        calls: Array.from({ length: 12 }, () => ({
          service: 'search',
          latency: { kind: 'fixed' as const, ms: 500 },
        })),
      }),
    );
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const { lanes, rows, engine } = controller.getSnapshot();
    expect(engine).toBe('virtual');
    expect(lanes.map((lane) => [lane.model, lane.protocol])).toEqual([
      ['promise-all', 'http1'],
      ['promise-all', 'h2'],
    ]);
    expect(rows.map((row) => [row.stats?.makespanMs, row.predictedMs])).toEqual([
      [1000, 1000],
      [500, 500],
    ]);
  });

  it('runs every model, without connections, when comparing models', async () => {
    const controller = createCompareController(createFakeFrames(true), null);
    controller.start(withFields(DEFAULT_SCENARIO, { lab: 'compare' }));
    await vi.waitFor(() => expect(controller.getSnapshot().status).toBe('done'));
    const { lanes } = controller.getSnapshot();
    expect(lanes).toHaveLength(6);
    expect(lanes.every((lane) => lane.protocol === null && lane.wire === null)).toBe(true);
  });
});
