import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, PROJECTOR_EMPHASIS, paletteEmphasis } from './palette.ts';
import { PROJECTOR_PALETTE } from './projectorPalette.ts';

/** CIELAB (D65) of a #rrggbb colour. */
function lab(hex: string): [number, number, number] {
  const channel = (k: number): number => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function deltaE(a: string, b: string): number {
  const [la, aa, ba] = lab(a);
  const [lb, ab, bb] = lab(b);
  return Math.hypot(la - lb, aa - ab, ba - bb);
}

describe('service palettes', () => {
  it.each([
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
    ['projector', PROJECTOR_PALETTE],
  ])('the %s palette has 16 hues, every pair at least 13 ΔE apart', (_, palette) => {
    const hues = palette.services;
    expect(hues).toHaveLength(16);
    let closest = Infinity;
    hues.forEach((a, i) =>
      hues.slice(i + 1).forEach((b) => (closest = Math.min(closest, deltaE(a, b)))),
    );
    expect(closest).toBeGreaterThanOrEqual(13);
    // Apart from the background, too.
    for (const hue of hues) expect(deltaE(hue, palette.background)).toBeGreaterThan(25);
  });

  it('gives the projector palette its emphasis, and the others the default', () => {
    expect(paletteEmphasis(PROJECTOR_PALETTE)).toBe(PROJECTOR_EMPHASIS);
    expect(paletteEmphasis(LIGHT_PALETTE).typeScale).toBe(1);
  });
});
