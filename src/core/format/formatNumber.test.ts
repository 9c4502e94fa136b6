import { describe, expect, it } from 'vitest';
import { formatCount, countOf } from './formatCount.ts';
import { formatNumber, groupThousands, plainFixed } from './formatNumber.ts';
import { formatPercent, formatPercentValue, formatRate, formatRatio } from './formatRate.ts';

describe('formatNumber', () => {
  it('groups thousands with commas and keeps a dot for decimals', () => {
    expect(formatNumber(1_234_567.891, { decimals: 2 })).toBe('1,234,567.89');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(-1_000_000)).toBe('-1,000,000');
  });

  it('trims trailing zeros unless asked to keep them', () => {
    expect(formatNumber(1.5, { decimals: 2 })).toBe('1.5');
    expect(formatNumber(2, { decimals: 2 })).toBe('2');
    expect(formatNumber(2, { decimals: 2, trim: false })).toBe('2.00');
  });

  it('rounds half away from zero without float noise', () => {
    expect(plainFixed(1.005, 2)).toBe('1.01');
    expect(plainFixed(-2.5, 0)).toBe('-3');
    expect(plainFixed(-0.04, 1)).toBe('0.0');
  });

  it('writes a dash for NaN and infinities', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('groups only the whole part of a plain decimal string', () => {
    expect(groupThousands('1234.5678')).toBe('1,234.5678');
    expect(groupThousands('-12')).toBe('-12');
  });
});

describe('counts', () => {
  it('groups thousands and picks the noun', () => {
    expect(formatCount(20_795)).toBe('20,795');
    expect(countOf(100_000, 'call', 'calls')).toBe('100,000 calls');
    expect(countOf(1, 'call', 'calls')).toBe('1 call');
    expect(countOf(0, 'call', 'calls')).toBe('0 calls');
  });
});

describe('rates', () => {
  it('keeps the decimals that matter at each size', () => {
    expect(formatRate(3.2)).toBe('3.20');
    expect(formatRate(12.46)).toBe('12.5');
    expect(formatRate(312.4)).toBe('312');
    expect(formatRate(4200)).toBe('4,200');
    expect(formatRate(Number.NaN)).toBe('—');
  });

  it('writes ratios to two fixed places', () => {
    expect(formatRatio(4)).toBe('4.00');
    expect(formatRatio(1.125)).toBe('1.13');
  });

  it('writes percentages to at most one decimal', () => {
    expect(formatPercentValue(75)).toBe('75');
    expect(formatPercent(200 / 3)).toBe('66.7%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});
