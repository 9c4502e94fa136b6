import { describe, expect, it } from 'vitest';
import { flattenScenario } from '../testing/flattenScenario.ts';
import { decodeScenario, encodeScenario } from '../urlCodec.ts';

describe('fault and policy parameters', () => {
  it('read rate lists per service, with * for the others', () => {
    const { scenario, messages } = decodeScenario('error=reviews:20,*:5&hang=user:10&busy=*:3');
    expect(messages).toEqual([]);
    expect(scenario.faults.errorRates).toEqual([
      { service: 'reviews', pct: 20 },
      { service: '*', pct: 5 },
    ]);
    expect(encodeScenario(scenario)).toBe('error=reviews:20,*:5&hang=user:10&busy=*:3');
  });

  it('name the parameter and the item that is wrong', () => {
    const { messages } = decodeScenario('error=reviews:120&hang=9x:1&busy=user');
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^error: item 1 "reviews:120": percent .*100/),
      expect.stringMatching(/^hang: item 1 "9x:1": service "9x" is not \*/),
      expect.stringMatching(/^busy: item 1 "user" is not service:percent/),
    ]);
  });

  it('lower busy, then hang, when a service would fail more than 100 % of the time', () => {
    const { scenario, messages } = decodeScenario('error=reviews:70&hang=reviews:20&busy=*:30');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toMatch(/^busy: .*service reviews add up to 120 %.*busy 10 %/);
    expect(scenario.faults.busyRates).toContainEqual({ service: 'reviews', pct: 10 });
    expect(scenario.faults.busyRates).toContainEqual({ service: '*', pct: 30 });
  });

  it('read the policy, with none for an absent timeout or hedge', () => {
    const { scenario, messages } = decodeScenario(
      'timeout=800&retries=3&backoff=50&jitter=none&retrySlot=release&settle=allSettled&cancel=1&hedge=none',
    );
    expect(messages).toEqual([]);
    expect(flattenScenario(scenario)).toMatchObject({
      timeoutMs: 800,
      retries: 3,
      backoffMs: 50,
      jitter: 'none',
      retrySlot: 'release',
      settle: 'allSettled',
      cancelOnFailure: true,
      hedgeMs: null,
    });
  });

  it('refuse out-of-range policies, quoting the limits', () => {
    const { messages } = decodeScenario('retries=11&timeout=0&jitter=half');
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^retries: .*0 to 10/),
      expect.stringMatching(/^timeout: .*1 to 600000/),
      expect.stringMatching(/^jitter: "half" is not a jitter; use one of full, none/),
    ]);
  });

  it('read maxBackoff, the ceiling of the backoff, and write it back only when set', () => {
    const { scenario, messages } = decodeScenario('retries=5&backoff=200&maxBackoff=800');
    expect(messages).toEqual([]);
    expect(scenario.policy.maxBackoffMs).toBe(800);
    expect(encodeScenario(scenario)).toBe('retries=5&backoff=200&maxBackoff=800');
    const plain = decodeScenario('retries=5').scenario;
    expect(plain.policy.maxBackoffMs).toBe(600_000);
    expect(encodeScenario(plain)).toBe('retries=5');
  });

  it('refuse a maxBackoff out of range, saying what it is and what is allowed', () => {
    const { scenario, messages } = decodeScenario('maxBackoff=700000');
    expect(messages.map((m) => m.message)).toEqual([
      'maxBackoff: "700000" is above the maximum of 600000; use a whole number of ms from 0 to ' +
        "600000: the most a retry's backoff x 2^(k-1) may grow to, before the jitter " +
        '(leave it out for 600000).',
    ]);
    expect(scenario.policy.maxBackoffMs).toBe(600_000);
    expect(decodeScenario('maxBackoff=-5').messages[0]?.message).toMatch(
      /^maxBackoff: "-5" is below the minimum of 0; use a whole number of ms from 0 to 600000/,
    );
  });
});
