import { describe, expect, it } from 'vitest';
import { faultStats } from '../../core/faults/faultStats.ts';
import { predictFaults } from '../../core/faults/predictFaults.ts';
import { NO_FAULTS } from '../../core/faults/faultSettings.ts';
import { DEFAULT_POLICY } from '../../core/policy/callPolicy.ts';
import { TALK_CALLS } from '../../core/scenario.ts';
import { faultyRun } from '../../core/testing/faultyTimelineOf.ts';
import { simulateScenario } from '../../core/simulateScenario.ts';
import { decodeScenario } from '../../core/urlCodec.ts';
import { faultFigures, requestOutcomeText } from './faultFigures.ts';

describe('faultFigures', () => {
  it('shows the failed request, its success rate beside the expectation, and the waste', async () => {
    const { trace } = await faultyRun(
      [125, 250, 375, 500],
      { name: 'promise-all' },
      { 1: ['error'] },
    );
    const prediction = predictFaults(
      TALK_CALLS,
      { ...NO_FAULTS, errorRates: [{ service: 'business', pct: 100 }] },
      DEFAULT_POLICY,
      false,
    );
    const figures = Object.fromEntries(
      faultFigures(faultStats(trace), prediction).map((f) => [f.testId, f]),
    );
    expect(figures['request-outcome']?.value).toBe('failed at 250 ms (call 2)');
    expect(figures['request-outcome']?.detail).toBe('succeeds with probability 0%');
    expect(figures['success-pct']).toMatchObject({ value: '75', detail: 'expected 75%' });
    expect(figures['wasted-ms']).toMatchObject({
      value: '1,125',
      unit: 'ms',
      exact: 1125,
      detail: '90% of all call time',
    });
  });

  it("names the failed call by its editor number (business is the editor's call 2)", async () => {
    const run = await simulateScenario(
      decodeScenario('model=promise-all&error=business:100').scenario,
    );
    expect(run.faults && requestOutcomeText(run.faults.stats)).toBe('failed at 250 ms (call 2)');
  });

  it('says an expectation has no closed form instead of inventing a number', () => {
    const prediction = predictFaults(
      TALK_CALLS,
      { ...NO_FAULTS, errorRates: [{ service: '*', pct: 5 }] },
      { ...DEFAULT_POLICY, hedgeMs: 100 },
      false,
    );
    const copies = faultFigures(null, prediction).find((f) => f.testId === 'copies-per-call');
    expect(copies?.value).toBeNull();
    expect(copies?.detail).toBe('expected: no closed form');
  });
});
