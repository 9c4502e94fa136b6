import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/callPolicy.ts';
import { TALK_CALLS } from '../scenario.ts';
import { NO_FAULTS } from './faultSettings.ts';
import { predictFaults } from './predictFaults.ts';

describe('predictFaults', () => {
  it('with 20 % errors and no retry, each call succeeds 80 % of the time and four all do 41 %', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 20 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, false);
    expect(p.callSuccessPct).toBeCloseTo(80, 9);
    expect(p.requestSuccessPct).toBeCloseTo(100 * 0.8 ** 4, 9);
    expect(p.copiesPerCall).toBeCloseTo(1, 9);
  });

  it('two retries lift a call to 1 - q^3 and send (1 - q^3) / (1 - q) copies', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 50 }] };
    const p = predictFaults(TALK_CALLS, faults, { ...DEFAULT_POLICY, retries: 2 }, false);
    expect(p.callSuccessPct).toBeCloseTo(87.5, 9);
    expect(p.copiesPerCall).toBeCloseTo(1.75, 9);
  });

  it('a sequential loop that stops at the first failure loses the later calls too', () => {
    const faults = { ...NO_FAULTS, errorRates: [{ service: '*', pct: 50 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, true);
    // (0.5 + 0.25 + 0.125 + 0.0625) / 4
    expect(p.callSuccessPct).toBeCloseTo(100 * (0.9375 / 4), 9);
  });

  it('rates of one service leave the others alone', () => {
    const faults = { ...NO_FAULTS, busyRates: [{ service: 'reviews', pct: 100 }] };
    const p = predictFaults(TALK_CALLS, faults, DEFAULT_POLICY, false);
    expect(p.callSuccessPct).toBeCloseTo(75, 9);
    expect(p.requestSuccessPct).toBe(0);
  });

  it('says there is no closed form for hedges and cancellation', () => {
    const p = predictFaults(
      TALK_CALLS,
      NO_FAULTS,
      { ...DEFAULT_POLICY, hedgeMs: 100, cancelOnFailure: true },
      false,
    );
    expect(p.copiesPerCall).toBeNull();
    expect(p.callSuccessPct).toBeNull();
    expect(p.notes.join(' ')).toMatch(/no closed form/);
  });
});
