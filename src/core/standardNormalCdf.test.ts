import { describe, expect, it } from 'vitest';
import { standardNormalCdf } from './standardNormalCdf.ts';

describe('standardNormalCdf', () => {
  it('gives the tabled values to 1e-14', () => {
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(standardNormalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(standardNormalCdf(2.3263478740408408)).toBeCloseTo(0.99, 14);
    expect(standardNormalCdf(-3)).toBeCloseTo(0.0013498980316300946, 14);
  });

  it('is symmetric, monotone, and 0 or 1 far out in the tails', () => {
    for (let z = -9; z <= 9; z += 0.25) {
      expect(standardNormalCdf(z) + standardNormalCdf(-z)).toBeCloseTo(1, 14);
      expect(standardNormalCdf(z + 0.25)).toBeGreaterThanOrEqual(standardNormalCdf(z));
    }
    expect(standardNormalCdf(-40)).toBe(0);
    expect(standardNormalCdf(40)).toBe(1);
  });
});
