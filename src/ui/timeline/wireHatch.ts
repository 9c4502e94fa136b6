import type { CanvasLike } from './canvasLike.ts';
import type { RectBatch } from './rectBatch.ts';

/** Hatch spacing in CSS px: dense enough to read as a texture, sparse enough to stay light. */
export const HATCH_STEP_PX = 4;

/**
 * The x positions (device px) of the hatch lines over [x0Px, x0Px + wPx): every HATCH_STEP_PX
 * CSS px on a grid anchored at x = 0, so pieces of one queue drawn side by side line up.
 */
export function hatchLinesPx(x0Px: number, wPx: number, dpr: number): number[] {
  const stepPx = Math.max(2, Math.round(HATCH_STEP_PX * dpr));
  const lines: number[] = [];
  for (let x = Math.ceil(x0Px / stepPx) * stepPx; x < x0Px + wPx; x += stepPx) lines.push(x);
  return lines;
}

/**
 * Hatches every rectangle of `batch` with one-CSS-px vertical lines in `colour` (the browser's
 * queue, DevTools' grey "Queueing": waiting, like the model's own queue, but not a thin strip, so
 * the two waits read apart without relying on hue alone).
 */
export function strokeHatch(ctx: CanvasLike, batch: RectBatch, colour: string, dpr: number): void {
  if (batch.length === 0) return;
  const lineDevPx = Math.max(1, Math.round(dpr));
  ctx.globalAlpha = 1;
  ctx.fillStyle = colour;
  batch.forEach((x, y, w, h) => {
    for (const lineX of hatchLinesPx(x, w, dpr)) {
      ctx.fillRect(lineX, y, Math.min(lineDevPx, x + w - lineX), h);
    }
  });
}
