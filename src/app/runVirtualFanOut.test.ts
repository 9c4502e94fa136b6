import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls } from '../core/scenario.ts';
import { runVirtualFanOut } from './runVirtualFanOut.ts';

describe('the first run of the default scenario', () => {
  it('takes the 1250 ms of the talk, measured and predicted', async () => {
    const calls = planCalls(DEFAULT_SCENARIO.calls, DEFAULT_SCENARIO.seed);
    const outcome = await runVirtualFanOut(calls, modelSpecOf(DEFAULT_SCENARIO));
    expect(outcome).toEqual({ makespanMs: 1250, predictedMs: 1250 });
  });
});
