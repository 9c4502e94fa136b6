import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { MAX_LIVE_CALLS } from '../../core/limits.ts';
import { DEFAULT_SCENARIO, type CallSpec, type Scenario } from '../../core/scenario.ts';
import { liveDisabledReason } from './liveAvailability.ts';

const call: CallSpec = { service: 'db', latency: { kind: 'fixed', ms: 100 } };

function scenario(callCount: number, patch: Partial<FlatScenario> = {}): Scenario {
  return withFields(DEFAULT_SCENARIO, {
    calls: new Array<CallSpec>(callCount).fill(call),
    ...patch,
  });
}

describe('liveDisabledReason', () => {
  it('is null when live runs are possible', () => {
    expect(liveDisabledReason(null, scenario(4))).toBeNull();
    expect(liveDisabledReason(null, scenario(MAX_LIVE_CALLS))).toBeNull();
    expect(liveDisabledReason(null, scenario(100, { timeoutMs: 500, retries: 9 }))).toBeNull();
  });

  it('gives the app’s reason first', () => {
    expect(liveDisabledReason('the service worker did not start', scenario(5000))).toBe(
      'the service worker did not start',
    );
  });

  it('explains the call limit', () => {
    expect(liveDisabledReason(null, scenario(MAX_LIVE_CALLS + 1))).toBe(
      'live runs make at most 1000 real fetch() calls and this list has 1001; ' +
        'the virtual engine runs it exactly',
    );
  });

  it('counts copies, not calls: retries that can fire and hedges are real fetch() calls too', () => {
    expect(liveDisabledReason(null, scenario(100, { timeoutMs: 500, retries: 10 }))).toBe(
      'live runs make at most 1000 real fetch() calls and this scenario may send 100 calls x 11 ' +
        'copies (the first send and 10 retries) = 1100 copies; use at most 90 calls or at most ' +
        '9 retries, or let the virtual engine run it exactly',
    );
    expect(liveDisabledReason(null, scenario(501, { hedgeMs: 50 }))).toMatch(
      /may send 501 calls x 2 copies .* = 1002 copies; use at most 500 calls or no hedge/,
    );
  });
});
