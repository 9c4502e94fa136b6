import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from './niceTicks.ts';

describe('niceTicks', () => {
  it('covers the data with round steps', () => {
    expect(niceTicks(2211)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(750)).toEqual([0, 200, 400, 600, 800]);
    expect(niceTicks(1250)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(niceTicks(129_911)).toEqual([0, 50_000, 100_000, 150_000]);
  });

  it('stops at or below a fixed end when asked not to cover it', () => {
    expect(niceTicks(16_048, { cover: false })).toEqual([0, 5000, 10_000, 15_000]);
    expect(niceTicks(750, { cover: false })).toEqual([0, 200, 400, 600]);
  });

  it('keeps counts whole', () => {
    expect(niceTicks(50, { intervals: 4, integer: true })).toEqual([0, 20, 40, 60]);
    expect(niceTicks(2, { intervals: 4, integer: true })).toEqual([0, 1, 2]);
    expect(niceTicks(1, { intervals: 4, integer: true })).toEqual([0, 1]);
    expect(niceTicks(7, { intervals: 4, integer: true })).toEqual([0, 2, 4, 6, 8]);
  });

  it('never loops or divides by zero on empty data', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceStep(Number.NaN, 5)).toBe(1);
  });

  it('avoids floating error in the tick values', () => {
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
