import { describe, expect, it } from 'vitest';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  PROJECTOR_EMPHASIS,
  paletteEmphasis,
  wireColours,
} from './palette.ts';
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

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const c = [0, 1, 2].map((k) => {
      const v = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('wire phase colours', () => {
  it.each([
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
    ['projector', PROJECTOR_PALETTE],
  ])(
    'the %s palette draws set-up and download at 3:1 or more, each apart from the others',
    (_, palette) => {
      const wire = wireColours(palette);
      expect(contrast(wire.connect, palette.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(wire.download, palette.background)).toBeGreaterThanOrEqual(3);
      // The queue's hatch shows on its light fill, and on the page.
      expect(contrast(wire.queuedHatch, wire.queued)).toBeGreaterThanOrEqual(2);
      expect(contrast(wire.queuedHatch, palette.background)).toBeGreaterThanOrEqual(2);
      const phases = [wire.queued, wire.connect, wire.download];
      phases.forEach((a, i) =>
        phases.slice(i + 1).forEach((b) => expect(deltaE(a, b)).toBeGreaterThan(25)),
      );
    },
  );
});
