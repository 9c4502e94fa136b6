import type { Palette } from '../palette.ts';
import type { CanvasLike } from './canvasLike.ts';
import type { RectBatch } from './rectBatch.ts';

/**
 * Services beyond the palette's hues. A palette has 16 well-separated hues; the 17th service
 * wears the first hue again, but *striped* (a background line through the middle of its bar), the
 * 33rd twice striped. So 48 services stay distinguishable by colour and pattern before anything
 * repeats, and beyond that the rows' labels (every row, or every Nth) still name them.
 */
export const SERVICE_VARIANTS = 3;

/** Bars thinner than this (device px) carry no stripes: a stripe would eat the bar. */
const MIN_STRIPED_BAR_DEV_PX = 6;

/** How many drawing colours the timeline uses: every hue in every variant. */
export function variantColourCount(palette: Palette): number {
  return Math.max(1, palette.services.length) * SERVICE_VARIANTS;
}

/** The variant of drawing colour `colour` (< variantColourCount): 0 plain, 1 or 2 stripes. */
export function colourVariant(palette: Palette, colour: number): number {
  return Math.floor(colour / Math.max(1, palette.services.length)) % SERVICE_VARIANTS;
}

/**
 * The stripes of a bar `heightDevPx` tall at `topDevPx` in `variant`, as [top, height] pairs in
 * whole device pixels: `variant` lines one CSS px thick (rounded to device px), evenly spaced.
 */
export function stripeRows(
  topDevPx: number,
  heightDevPx: number,
  variant: number,
  dpr: number,
): Array<readonly [number, number]> {
  if (variant <= 0 || heightDevPx < MIN_STRIPED_BAR_DEV_PX) return [];
  const lineDevPx = Math.max(1, Math.round(dpr));
  const rows: Array<readonly [number, number]> = [];
  for (let k = 1; k <= variant; k += 1) {
    const midDevPx = topDevPx + Math.round((heightDevPx * k) / (variant + 1));
    rows.push([midDevPx - Math.floor(lineDevPx / 2), lineDevPx]);
  }
  return rows;
}

/** Draws the stripes of every bar in `batch` (variant > 0) in the background colour. */
export function strokeVariantStripes(
  ctx: CanvasLike,
  batch: RectBatch,
  variant: number,
  background: string,
  dpr: number,
): void {
  if (variant <= 0 || batch.length === 0) return;
  ctx.globalAlpha = 1;
  ctx.fillStyle = background;
  batch.forEach((x, y, w, h) => {
    for (const [top, height] of stripeRows(y, h, variant, dpr)) ctx.fillRect(x, top, w, height);
  });
}
