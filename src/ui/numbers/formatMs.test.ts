import { describe, expect, it } from 'vitest';
import { formatMs, formatMsReadable } from './formatMs.ts';

describe('formatMs', () => {
  it('rounds to at most one decimal and writes whole values without one', () => {
    expect(formatMs(1250)).toBe('1250');
    expect(formatMs(9.84)).toBe('9.8');
    expect(formatMs(9.96)).toBe('10');
    expect(formatMs(0.05)).toBe('0.1');
    expect(formatMs(25_000)).toBe('25000');
  });

  it('never writes -0', () => {
    expect(formatMs(-0.01)).toBe('0');
  });
});

describe('formatMsReadable', () => {
  it('groups thousands for prose', () => {
    expect(formatMsReadable(37_151_838)).toBe('37,151,838');
    expect(formatMsReadable(1250.04)).toBe('1,250');
    expect(formatMsReadable(9.84)).toBe('9.8');
  });
});
