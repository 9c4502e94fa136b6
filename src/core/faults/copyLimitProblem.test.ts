import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { DEFAULT_SCENARIO, type CallSpec, type Scenario } from '../scenario.ts';
import { copyLimitProblem, maxCopiesOf } from './copyLimitProblem.ts';

const call: CallSpec = { service: 'db', latency: { kind: 'fixed', ms: 100 } };

function scenario(callCount: number, patch: Partial<FlatScenario> = {}): Scenario {
  return withFields(DEFAULT_SCENARIO, {
    calls: new Array<CallSpec>(callCount).fill(call),
    ...patch,
  });
}

describe('copyLimitProblem', () => {
  it("bounds each engine's worst case: 100000 copies virtual, 1000 live", () => {
    expect([maxCopiesOf('virtual'), maxCopiesOf('live')]).toEqual([100_000, 1000]);
    const faulty = { timeoutMs: 500, retries: 9 };
    expect(copyLimitProblem(scenario(10_000, faulty))).toBeNull();
    expect(copyLimitProblem(scenario(100, { ...faulty, engine: 'live' }))).toBeNull();
    expect(copyLimitProblem(scenario(10_001, faulty))).toBe(
      'a run sends at most 100000 copies of calls, and this one may send 10001 calls x 10 ' +
        'copies (the first send and 9 retries) = 100010 copies; use at most 10000 calls or at ' +
        'most 8 retries',
    );
  });

  it('counts the calls of a plain live run, each a copy', () => {
    expect(copyLimitProblem(scenario(1001, { engine: 'live' }))).toBe(
      'a live run sends at most 1000 copies of calls (each a real fetch()), and this one may ' +
        'send 1001 calls x 1 copy (the first send) = 1001 copies; use at most 1000 calls, or ' +
        'run it on the virtual engine',
    );
  });
});
