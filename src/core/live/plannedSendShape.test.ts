import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peakInWindow, sustainedInWindow } from './plannedSendShape.ts';

describe('sustainedInWindow', () => {
  it('counts a burst at one instant as no stream at all', () => {
    expect(sustainedInWindow(Array(200).fill(0), 1000)).toBe(0);
  });

  it('counts every send in the window beyond its largest burst', () => {
    // Ten waves of ten, 20 ms apart: a 200 ms window holds all ten waves.
    const waves = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10) * 20);
    expect(sustainedInWindow(waves, 200)).toBe(90);
    expect(sustainedInWindow(waves, 100)).toBe(40);
    // A window that ends where the next begins (half-open): 5 waves in 100 ms, not 6.
    expect(sustainedInWindow([0, 100], 100)).toBe(0);
    expect(sustainedInWindow([0, 99], 100)).toBe(1);
  });

  it('is never above the peak in the same window, and never below it less one burst', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 300 }),
        (instants, windowMs) => {
          const ordered = [...instants].sort((a, b) => a - b);
          const sustained = sustainedInWindow(ordered, windowMs);
          const peak = peakInWindow(ordered, windowMs);
          expect(sustained).toBeLessThanOrEqual(peak);
          expect(sustained).toBeGreaterThanOrEqual(0);
          // By brute force: the most in any window starting at a send, less its largest group.
          let brute = 0;
          for (const start of ordered) {
            const inside = ordered.filter((t) => t >= start && t < start + windowMs);
            const counts = new Map<number, number>();
            for (const t of inside) counts.set(t, (counts.get(t) ?? 0) + 1);
            brute = Math.max(brute, inside.length - Math.max(0, ...counts.values()));
          }
          expect(sustained).toBe(brute);
        },
      ),
    );
  });
});
