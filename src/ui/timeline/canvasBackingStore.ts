import type { ElementSize } from './useElementSize.ts';

/**
 * Sizes a canvas's backing store to its element (device pixels) and returns its 2D context, or
 * null when there is nothing to draw on (not measured yet, or no context).
 */
export function sizedCanvasContext(
  canvas: HTMLCanvasElement,
  size: ElementSize,
): CanvasRenderingContext2D | null {
  const dpr = size.devicePixelRatio;
  const widthDevPx = Math.round(size.widthPx * dpr);
  const heightDevPx = Math.round(size.heightPx * dpr);
  if (widthDevPx === 0 || heightDevPx === 0) return null;
  // Resizing the backing store clears it; it is redrawn right away, in the same frame.
  if (canvas.width !== widthDevPx) canvas.width = widthDevPx;
  if (canvas.height !== heightDevPx) canvas.height = heightDevPx;
  return canvas.getContext('2d');
}
