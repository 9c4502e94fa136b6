import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDraw, seededRandom } from './seededRandom.ts';

describe('firstDraw', () => {
  it('is exactly the first number of the same stream', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(word, word, word, word, (seed, a, b, c) => {
        expect(firstDraw(seed, a, b, c)).toBe(seededRandom(seed, a, b, c)());
      }),
      { numRuns: 2000 },
    );
  });

  it('depends on every key', () => {
    const base = firstDraw(1, 2, 3, 4);
    expect(
      new Set([
        base,
        firstDraw(9, 2, 3, 4),
        firstDraw(1, 9, 3, 4),
        firstDraw(1, 2, 9, 4),
        firstDraw(1, 2, 3, 9),
      ]).size,
    ).toBe(5);
  });
});
