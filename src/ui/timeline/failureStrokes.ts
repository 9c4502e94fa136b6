import type { CanvasLike } from './canvasLike.ts';
import type { RectBatch } from './rectBatch.ts';

/**
 * The stroked parts of the failure styles, each batch one path and one stroke (batched by colour
 * like the fills): backoff lines, outlines, skipped marks.
 */

/** Dashes of backoff lines and timed-out outlines, in CSS px. */
const DASH_PX = [4, 3];

/** A backoff line's thickness: thinner than any bar, so it reads as a wait, not as work. */
export function backoffLineDevPx(dpr: number): number {
  return Math.max(1, Math.round(1.5 * dpr));
}

function dash(dpr: number): number[] {
  return DASH_PX.map((px) => px * dpr);
}

/**
 * Backoff before a retry: a thin dashed line in the service's colour along the row's middle
 * (each rectangle is x, y of the line's top, width, line height), so a wait reads apart from a
 * queued bar.
 */
export function strokeBackoffLines(
  ctx: CanvasLike,
  lines: RectBatch,
  colour: string,
  dpr: number,
): void {
  if (lines.length === 0) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = backoffLineDevPx(dpr);
  ctx.setLineDash(dash(dpr));
  ctx.beginPath();
  lines.forEach((x, y, w, h) => {
    ctx.moveTo(x, y + h / 2);
    ctx.lineTo(x + w, y + h / 2);
  });
  ctx.stroke();
  ctx.setLineDash([]);
}

/**
 * Outlines drawn inside their bars (so that neighbouring rows' outlines never touch), solid or
 * dashed.
 */
export function strokeOutlines(
  ctx: CanvasLike,
  outlines: RectBatch,
  colour: string,
  dashed: boolean,
  dpr: number,
): void {
  if (outlines.length === 0) return;
  const lineDevPx = Math.max(2, Math.round(2 * dpr));
  ctx.strokeStyle = colour;
  ctx.lineWidth = lineDevPx;
  ctx.setLineDash(dashed ? dash(dpr) : []);
  const half = lineDevPx / 2;
  outlines.forEach((x, y, w, h) => {
    ctx.strokeRect(x + half, y + half, Math.max(0, w - lineDevPx), Math.max(0, h - lineDevPx));
  });
  ctx.setLineDash([]);
}

/** A skipped call: a small "×" at the start of each mark (x, bar top, width, bar height). */
export function strokeSkippedMarks(
  ctx: CanvasLike,
  marks: RectBatch,
  colour: string,
  dpr: number,
): void {
  if (marks.length === 0) return;
  const maxHalfPx = 4 * dpr;
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1.5, 1.5 * dpr);
  ctx.setLineDash([]);
  ctx.beginPath();
  marks.forEach((x, y, _w, h) => {
    const half = Math.max(1, Math.min(maxHalfPx, h / 2));
    const cx = x + 0.5;
    const cy = y + h / 2;
    ctx.moveTo(cx - half, cy - half);
    ctx.lineTo(cx + half, cy + half);
    ctx.moveTo(cx - half, cy + half);
    ctx.lineTo(cx + half, cy - half);
  });
  ctx.stroke();
}
