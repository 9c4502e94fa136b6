import { describe, expect, it } from 'vitest';
import { parseCallList } from '../../core/callListCodec.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/scenario.ts';
import { decodeScenario, encodeScenario } from '../../core/urlCodec.ts';
import {
  faultSummary,
  hasFaultSettings,
  MAX_RATE_ROWS,
  rateEditProblem,
  rateOf,
  rateRows,
  validateOptionalNumber,
  withServiceRate,
} from './faultRules.ts';
import { validateNumber } from './numberRule.ts';
import {
  BACKOFF_RULE,
  FAULT_PCT_RULE,
  HANG_FOR_RULE,
  POLICY_DELAY_RULE,
  RETRIES_RULE,
  RETRY_AFTER_RULE,
} from './parameterRules.ts';

const withCalls = (text: string): Scenario => {
  const parsed = parseCallList(text);
  if (!parsed.ok) throw new Error(parsed.error.problem);
  return { ...DEFAULT_SCENARIO, fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: parsed.calls } };
};

describe('the rate editor', () => {
  it("writes a service's rate into the scenario's list, and the address carries it", () => {
    const next = withServiceRate(DEFAULT_SCENARIO, 'error', 'reviews', 20);
    expect(next.faults.errorRates).toEqual([{ service: 'reviews', pct: 20 }]);
    const busy = withServiceRate(next, 'busy', '*', 5);
    expect(busy.faults.busyRates).toEqual([{ service: '*', pct: 5 }]);
    expect(encodeScenario(busy)).toContain('error=reviews:20&busy=*:5');
  });

  it('drops entries that change nothing, so the address stays short', () => {
    const set = withServiceRate(DEFAULT_SCENARIO, 'hang', 'user', 30);
    expect(withServiceRate(set, 'hang', 'user', 0).faults.hangRates).toEqual([]);
    const any = withServiceRate(DEFAULT_SCENARIO, 'error', '*', 40);
    // A service set to the * rate needs no entry; one set below it keeps its own (0 included).
    expect(withServiceRate(any, 'error', 'user', 40).faults.errorRates).toEqual([
      { service: '*', pct: 40 },
    ]);
    expect(withServiceRate(any, 'error', 'user', 0).faults.errorRates).toEqual([
      { service: '*', pct: 40 },
      { service: 'user', pct: 0 },
    ]);
    expect(withServiceRate(any, 'error', '*', 0).faults.errorRates).toEqual([]);
  });

  it('shows what each service gets, its own rate or the * row', () => {
    const scenario = withServiceRate(
      withServiceRate(DEFAULT_SCENARIO, 'error', '*', 10),
      'error',
      'user',
      50,
    );
    expect(rateOf(scenario, 'error', 'user')).toBe(50);
    expect(rateOf(scenario, 'error', 'reviews')).toBe(10);
    expect(rateOf(scenario, 'hang', 'reviews')).toBe(0);
  });

  it('refuses rates adding up past 100 % and names the service', () => {
    const scenario = withServiceRate(DEFAULT_SCENARIO, 'error', 'reviews', 70);
    expect(rateEditProblem(scenario, 'hang', 'reviews', 50)).toBe(
      'reviews: error, hang and 429 add up to 120 %; at most 100.',
    );
    expect(rateEditProblem(scenario, 'hang', 'reviews', 30)).toBeNull();
    const any = withServiceRate(DEFAULT_SCENARIO, 'error', '*', 60);
    expect(rateEditProblem(any, 'hang', '*', 50)).toBe(
      'every other service (*): error, hang and 429 add up to 110 %; at most 100.',
    );
  });

  it('refuses a * rate that pushes a service with a rate of its own past 100 %', () => {
    const scenario = withServiceRate(DEFAULT_SCENARIO, 'error', 'business', 60);
    expect(rateEditProblem(scenario, 'hang', '*', 50)).toBe(
      'business: error, hang and 429 add up to 110 %; at most 100.',
    );
  });

  it('refuses percentages outside 0 to 100, quoting the limit', () => {
    expect(validateNumber('150', FAULT_PCT_RULE)).toEqual({
      ok: false,
      message: '"150" is above the maximum of 100: use a whole number from 0 to 100 %.',
    });
  });
});

/** The rows of a whole scenario: its calls and its rate lists. */
const rowsOf = (scenario: Scenario) =>
  rateRows({ calls: scenario.fanOut.calls, ...scenario.faults });

describe('the rate rows', () => {
  it('lists each service of the calls once, in call order', () => {
    expect(rowsOf(DEFAULT_SCENARIO)).toEqual({
      services: ['session', 'business', 'user', 'reviews'],
      total: 4,
    });
  });

  it(`shows at most ${MAX_RATE_ROWS} of many services, those with rates of their own first`, () => {
    const many = withCalls(Array.from({ length: 40 }, (_, i) => `s${i}:100`).join(','));
    const scenario = withServiceRate(many, 'busy', 's39', 10);
    const rows = rowsOf(scenario);
    expect(rows.total).toBe(40);
    expect(rows.services).toHaveLength(MAX_RATE_ROWS);
    expect(rows.services).toContain('s39');
    expect(rows.services[0]).toBe('s0');
  });

  it('scans 100,000 calls of distinct default services quickly, showing at most 12 rows', () => {
    const big = withCalls('100*100000');
    const rows = rowsOf(big);
    expect(rows.services).toHaveLength(MAX_RATE_ROWS);
    expect(rows.total).toBe(100_000);
  });
});

describe('the policy fields', () => {
  it('accept values within the limits and refuse others, quoting the limit', () => {
    expect(validateNumber('3', RETRIES_RULE)).toEqual({ ok: true, value: 3 });
    expect(validateNumber('11', RETRIES_RULE)).toEqual({
      ok: false,
      message: '"11" is above the maximum of 10: use a whole number from 0 to 10 retries.',
    });
    expect(validateNumber('60001', BACKOFF_RULE).ok).toBe(false);
    expect(validateNumber('0', HANG_FOR_RULE).ok).toBe(false);
    expect(validateNumber('61', RETRY_AFTER_RULE).ok).toBe(false);
  });

  it('take an empty timeout or hedge as none', () => {
    expect(validateOptionalNumber(' ', POLICY_DELAY_RULE, 'no timeout')).toEqual({
      ok: true,
      value: null,
    });
    expect(validateOptionalNumber('1000', POLICY_DELAY_RULE, 'no timeout')).toEqual({
      ok: true,
      value: 1000,
    });
    expect(validateOptionalNumber('0', POLICY_DELAY_RULE, 'no timeout')).toEqual({
      ok: false,
      message:
        '"0" is below the minimum of 1: use a whole number from 1 to 600000 ms, or leave it empty for no timeout.',
    });
  });
});

describe('the Failures and retries section', () => {
  it('is closed for a plain scenario and opens for faults or a changed policy', () => {
    expect(hasFaultSettings(DEFAULT_SCENARIO)).toBe(false);
    expect(hasFaultSettings(decodeScenario('error=business:100').scenario)).toBe(true);
    expect(
      hasFaultSettings({
        ...DEFAULT_SCENARIO,
        policy: { ...DEFAULT_SCENARIO.policy, backoffMs: 200 },
      }),
    ).toBe(true);
    expect(
      hasFaultSettings({
        ...DEFAULT_SCENARIO,
        faults: { ...DEFAULT_SCENARIO.faults, hangForMs: 500 },
      }),
    ).toBe(true);
  });

  it('sums up what is set while closed', () => {
    expect(faultSummary(DEFAULT_SCENARIO)).toBe('none: every call answers, no retries');
    const scenario = decodeScenario(
      'error=business:100&retries=3&timeout=1000&settle=allSettled',
    ).scenario;
    expect(faultSummary(scenario)).toBe('500s, timeout 1,000 ms, 3 retries, allSettled');
  });
});
