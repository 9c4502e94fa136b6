import { describe, expect, it } from 'vitest';
import { LIMIT_RANGE, WINDOW_RANGE_MS } from '../../core/limits.ts';
import { formatNumber, stepNumber, validateNumber, wholeRule } from './numberRule.ts';
import { RATE_RULE } from './parameterRules.ts';

const WINDOW = wholeRule(WINDOW_RANGE_MS, 'ms');
const LIMIT = wholeRule(LIMIT_RANGE, 'calls');

describe('validateNumber', () => {
  it('accepts a whole number in range, forgiving surrounding spaces', () => {
    expect(validateNumber('250', WINDOW)).toEqual({ ok: true, value: 250 });
    expect(validateNumber(' 7 ', LIMIT)).toEqual({ ok: true, value: 7 });
  });

  it('says what is wrong and what is allowed', () => {
    expect(validateNumber('0', WINDOW)).toEqual({
      ok: false,
      message: '"0" is below the minimum of 1: use a whole number from 1 to 3600000 ms.',
    });
    expect(validateNumber('2.5', LIMIT)).toEqual({
      ok: false,
      message: '"2.5" is not a whole number: use a whole number from 1 to 100000 calls.',
    });
    expect(validateNumber('100001', LIMIT).ok).toBe(false);
  });

  it('asks for a number when the field is empty', () => {
    expect(validateNumber('  ', WINDOW)).toEqual({
      ok: false,
      message: 'Enter a whole number from 1 to 3600000 ms.',
    });
  });

  it('refuses forms the URL codec refuses', () => {
    for (const text of ['1e3', '0x10', '+5', 'Infinity', 'NaN', '5 0']) {
      expect(validateNumber(text, WINDOW).ok).toBe(false);
    }
  });

  it('reads decimal rates above 0 with at most 6 decimal places', () => {
    expect(validateNumber('0.5', RATE_RULE)).toEqual({ ok: true, value: 0.5 });
    expect(validateNumber('0', RATE_RULE)).toEqual({
      ok: false,
      message:
        '"0" is not above 0: use a number above 0 and at most 100000 tokens per second, ' +
        'with at most 6 decimal places.',
    });
    expect(validateNumber('0.0000001', RATE_RULE).ok).toBe(false);
  });
});

describe('formatNumber', () => {
  it('writes what the parser reads back', () => {
    expect(formatNumber(250, WINDOW)).toBe('250');
    expect(formatNumber(0.1 + 0.2, RATE_RULE)).toBe('0.3');
  });
});

describe('stepNumber', () => {
  it('steps and stays in range', () => {
    expect(stepNumber(5, 1, LIMIT)).toBe(6);
    expect(stepNumber(1, -1, LIMIT)).toBe(1);
    expect(stepNumber(100_000, 10, LIMIT)).toBe(100_000);
    expect(stepNumber(5, -10, LIMIT)).toBe(1);
  });

  it('never steps a decimal onto or below its exclusive lower bound', () => {
    expect(stepNumber(4, -1, RATE_RULE)).toBe(3);
    expect(stepNumber(0.5, -1, RATE_RULE)).toBe(0.5);
    expect(stepNumber(99_999.5, 1, RATE_RULE)).toBe(100_000);
  });
});
