import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { MAX_COPIES } from '../limits.ts';
import { DEFAULT_SCENARIO, type CallSpec } from '../scenario.ts';
import {
  copyFixText,
  retriesThatFit,
  worstCaseCopies,
  worstCaseText,
  type CopyFields,
} from './worstCaseCopies.ts';

const call: CallSpec = { service: 'db', latency: { kind: 'fixed', ms: 100 } };

function scenario(callCount: number, patch: Partial<FlatScenario> = {}): CopyFields {
  return withFields(DEFAULT_SCENARIO, {
    calls: new Array<CallSpec>(callCount).fill(call),
    ...patch,
  });
}

describe('worstCaseCopies', () => {
  it('counts one copy per call without faults or policy', () => {
    expect(worstCaseCopies(scenario(7))).toEqual({
      calls: 7,
      retries: 0,
      hedged: false,
      perCall: 1,
      total: 7,
    });
  });

  it('ignores retries when no copy can fail: no fault rate above 0 and no timeout', () => {
    const noFailure = scenario(7, { retries: 10, errorRates: [{ service: '*', pct: 0 }] });
    expect(worstCaseCopies(noFailure).total).toBe(7);
  });

  it.each<[string, Partial<FlatScenario>]>([
    ['an error rate', { errorRates: [{ service: 'db', pct: 1 }] }],
    ['a hang rate', { hangRates: [{ service: '*', pct: 1 }] }],
    ['a busy rate', { busyRates: [{ service: 'db', pct: 1 }] }],
    ['a timeout', { timeoutMs: 1000 }],
    // A rate of a service no call uses still counts: the bound is read off the settings.
    ['a rate of a service no call uses', { errorRates: [{ service: 'other', pct: 5 }] }],
  ])('counts 1 + retries copies per call with %s', (_, patch) => {
    expect(worstCaseCopies(scenario(7, { retries: 10, ...patch })).total).toBe(77);
  });

  it('doubles every attempt with a hedge, with or without retries that can fire', () => {
    expect(worstCaseCopies(scenario(7, { hedgeMs: 50 })).total).toBe(14);
    expect(worstCaseCopies(scenario(7, { hedgeMs: 50, retries: 3 })).total).toBe(14);
    const worst = worstCaseCopies(scenario(7, { hedgeMs: 50, retries: 3, timeoutMs: 200 }));
    expect(worst).toEqual({ calls: 7, retries: 3, hedged: true, perCall: 8, total: 56 });
  });

  it('says what it counted', () => {
    const faulty = { errorRates: [{ service: '*', pct: 40 }] };
    expect(worstCaseText(worstCaseCopies(scenario(400, { retries: 10, ...faulty })))).toBe(
      '400 calls x 11 copies (the first send and 10 retries) = 4400 copies',
    );
    expect(worstCaseText(worstCaseCopies(scenario(3, { retries: 1, hedgeMs: 5, ...faulty })))).toBe(
      '3 calls x 4 copies (the first send and 1 retry, each hedged) = 12 copies',
    );
    expect(worstCaseText(worstCaseCopies(scenario(3)))).toBe(
      '3 calls x 1 copy (the first send) = 3 copies',
    );
  });
});

describe('bringing the worst case within a bound', () => {
  const faulty = { errorRates: [{ service: '*', pct: 40 }] };

  it('finds the most retries that fit, or null when a hedge alone is over', () => {
    expect(retriesThatFit(worstCaseCopies(scenario(300, { retries: 10, ...faulty })), 1000)).toBe(
      2,
    );
    expect(
      retriesThatFit(worstCaseCopies(scenario(300, { retries: 10, hedgeMs: 5, ...faulty })), 1000),
    ).toBe(0);
    expect(retriesThatFit(worstCaseCopies(scenario(501, { hedgeMs: 5 })), 1000)).toBeNull();
    expect(retriesThatFit(worstCaseCopies(scenario(0, { retries: 10, ...faulty })), 1000)).toBe(10);
  });

  it('names each change that alone would fit', () => {
    const over = worstCaseCopies(scenario(MAX_COPIES / 2, { retries: 10, ...faulty }));
    expect(copyFixText(over, MAX_COPIES)).toBe('use at most 9090 calls or at most 1 retry');
    const hedged = worstCaseCopies(scenario(300, { retries: 2, hedgeMs: 5, ...faulty }));
    expect(copyFixText(hedged, 1000)).toBe('use at most 166 calls or no retries or no hedge');
    const tooMany = worstCaseCopies(scenario(600, { hedgeMs: 5 }));
    expect(copyFixText(tooMany, 1000)).toBe('use at most 500 calls or no hedge');
  });
});
