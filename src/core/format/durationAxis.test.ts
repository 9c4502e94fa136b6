import { describe, expect, it } from 'vitest';
import { durationAxis } from './durationAxis.ts';

describe('durationAxis', () => {
  it('writes every tick in the unit of the largest value', () => {
    const ms = durationAxis(1250);
    expect(ms.unit).toBe('ms');
    expect([0, 250, 1250].map(ms.tick)).toEqual(['0', '250', '1,250']);
    const s = durationAxis(25_000);
    expect(s.unit).toBe('s');
    expect([0, 2500, 5000, 25_000].map(s.tick)).toEqual(['0', '2.5', '5', '25']);
    const min = durationAxis(1_200_000);
    expect(min.unit).toBe('min');
    expect([0, 150_000, 1_200_000].map(min.tick)).toEqual(['0:00', '2:30', '20:00']);
  });

  it('keeps the decimals a small step needs', () => {
    const axis = durationAxis(1);
    expect([0.1, 0.25, 0.125].map(axis.tick)).toEqual(['0.1', '0.25', '0.125']);
  });

  it('keeps the decimals its step needs, beyond 3 where the step is that fine', () => {
    const axis = durationAxis(0.002, 0.0005);
    expect([0.0005, 0.002].map(axis.tick)).toEqual(['0.0005', '0.002']);
    expect(durationAxis(12_000, 500).tick(10_500)).toBe('10.5');
    expect(durationAxis(1_200_000, 100_000).tick(1_100_000)).toBe('18:20');
  });

  it('adds the unit to each tick but zero when asked', () => {
    const axis = durationAxis(20_000);
    expect([0, 5000, 12_500].map(axis.tickWithUnit)).toEqual(['0', '5 s', '12.5 s']);
  });
});
