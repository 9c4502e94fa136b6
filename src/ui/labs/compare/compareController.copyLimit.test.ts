import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../../../core/testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../../core/scenario.ts';
import { createFakeFrames } from '../../run/fakeFrames.ts';
import { scriptedLive } from '../../run/testing/scriptedLive.ts';
import { createCompareController } from './compareController.ts';

const talk = (changes: Partial<FlatScenario> = {}): Scenario =>
  withFields(DEFAULT_SCENARIO, { lab: 'compare', ...changes });

describe('compare controller and the copies a run may send', () => {
  it("refuses a comparison whose models' runs may each send more than MAX_COPIES", () => {
    const controller = createCompareController(createFakeFrames(), null);
    controller.start(talk({ calls: new Array(50_001).fill(talk().fanOut.calls[0]), hedgeMs: 100 }));
    expect(controller.getSnapshot().status).toBe('idle');
    expect(controller.getSnapshot().error).toBe(
      'The comparison failed: a run sends at most 100000 copies of calls, and this one may ' +
        'send 50001 calls x 2 copies (the first send, each hedged) = 100002 copies; use at most ' +
        '50000 calls or no hedge',
    );
  });

  it('refuses a live comparison over MAX_LIVE_COPIES per model before sending a call', () => {
    const { port, runs } = scriptedLive();
    const controller = createCompareController(createFakeFrames(), port);
    controller.start(
      talk({
        engine: 'live',
        timeoutMs: 1000,
        retries: 1,
        calls: new Array(501).fill(talk().fanOut.calls[0]),
      }),
    );
    expect(runs).toHaveLength(0);
    expect(controller.getSnapshot().status).toBe('idle');
    expect(controller.getSnapshot().error).toBe(
      'The comparison failed: a live run sends at most 1000 copies of calls (each a real ' +
        'fetch()), and this one may send 501 calls x 2 copies (the first send and 1 retry) = ' +
        '1002 copies; use at most 500 calls or no retries, or run it on the virtual engine',
    );
  });
});
