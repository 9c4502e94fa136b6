import { describe, expect, it } from 'vitest';
import type { Draft } from '../paramCodec.ts';
import { DEFAULT_SCENARIO } from '../scenario.ts';
import { decodeScenario, encodeScenario } from '../urlCodec.ts';
import { DEFAULT_POLICY } from './callPolicy.ts';
import { HEDGE_CODEC } from './hedgeParam.ts';

describe("hedge=pNN: a percentile of each call's own latency", () => {
  it('reads p95 and p99.9 as percentiles and writes them back as they were', () => {
    for (const text of ['p95', 'p99.9', 'p50']) {
      const { scenario, messages } = decodeScenario(`hedge=${text}`);
      expect(messages).toEqual([]);
      expect(scenario.policy.hedgeMs).toBeNull();
      expect(scenario.policy.hedgePercentile).toBe(Number(text.slice(1)));
      expect(encodeScenario(scenario)).toBe(`hedge=${text}`);
    }
  });

  it('keeps the fixed delay in ms and none as before', () => {
    const fixed = decodeScenario('hedge=150').scenario.policy;
    expect(fixed).toMatchObject({ hedgeMs: 150, hedgePercentile: null });
    const off = decodeScenario('hedge=none');
    expect(off.scenario.policy).toMatchObject({ hedgeMs: null, hedgePercentile: null });
  });

  it('never leaves a delay and a percentile set at once', () => {
    const draft: Draft = { ...DEFAULT_SCENARIO, policy: { ...DEFAULT_POLICY, hedgeMs: 150 } };
    expect(HEDGE_CODEC.decode('p90', draft)).toBeNull();
    expect(draft.policy).toMatchObject({ hedgeMs: null, hedgePercentile: 90 });
    expect(HEDGE_CODEC.decode('200', draft)).toBeNull();
    expect(draft.policy).toMatchObject({ hedgeMs: 200, hedgePercentile: null });
  });

  it('says what was wrong with a percentile, the limits, and what to write', () => {
    const cases: Array<[string, RegExp]> = [
      ['p40', /^hedge: "p40" is below p50: hedging under the median .*use a whole number of ms/],
      ['p100', /^hedge: "p100" is not a percentile: after p, "100" is above the maximum of 99\.9/],
      [
        'p99.95',
        /^hedge: "p99\.95" is not a percentile: after p, "99\.95" has more than 1 decimal/,
      ],
      ['pxx', /^hedge: "pxx" is not a percentile: after p, "xx" is not a number/],
      ['p', /^hedge: "p" is not a percentile: after p, "" is empty/],
      ['0', /^hedge: "0" is below the minimum of 1/],
    ];
    for (const [text, pattern] of cases) {
      const { scenario, messages } = decodeScenario(`hedge=${text}`);
      expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(pattern)]);
      expect(messages[0]?.message).toMatch(/or p followed by a percentile from 50 to 99\.9/);
      expect(scenario.policy).toMatchObject({ hedgeMs: null, hedgePercentile: null });
    }
  });
});
