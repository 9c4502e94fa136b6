import type { Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import { niceTicks, toPx, type TimeScale } from './timeScale.ts';
import { TICK_FONT_PX, type TimelineLayout } from './timelineLayout.ts';

/** Room one tick label needs ("1.25 s" at 16 px plus a gap), which bounds the tick count. */
const TICK_SPACING_PX = 96;
const TICK_MARK_PX = 6;

/**
 * The time axis on top of the plot (tick labels and tick marks) and a vertical grid line per
 * tick across the plot. Lines are 1-device-pixel fillRects, crisp at any device pixel ratio.
 */
export function drawTimeAxis(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  palette: Palette,
  dpr: number,
): void {
  if (layout.plotWidthPx <= 0) return;
  const maxTicks = Math.max(2, Math.floor(layout.plotWidthPx / TICK_SPACING_PX));
  const { ticks } = niceTicks(scale.domainStartMs, scale.domainEndMs, maxTicks);
  const plotTopDevPx = Math.round(layout.plotTopPx * dpr);
  const plotBottomDevPx = Math.round((layout.plotTopPx + layout.plotHeightPx) * dpr);
  const lineDevPx = Math.max(1, Math.round(dpr));

  ctx.fillStyle = palette.grid;
  for (const tick of ticks) {
    const xDevPx = Math.round(toPx(scale, tick.atMs) * dpr);
    ctx.fillRect(xDevPx, plotTopDevPx, lineDevPx, plotBottomDevPx - plotTopDevPx);
  }

  ctx.fillStyle = palette.mutedText;
  const leftDevPx = Math.round(layout.plotLeftPx * dpr);
  const widthDevPx = Math.round(layout.plotWidthPx * dpr);
  ctx.fillRect(leftDevPx, plotTopDevPx - lineDevPx, widthDevPx + lineDevPx, lineDevPx);
  const markDevPx = Math.round(TICK_MARK_PX * dpr);
  for (const tick of ticks) {
    const xDevPx = Math.round(toPx(scale, tick.atMs) * dpr);
    ctx.fillRect(xDevPx, plotTopDevPx - markDevPx, lineDevPx, markDevPx);
  }

  ctx.fillStyle = palette.text;
  ctx.font = canvasFont(TICK_FONT_PX, dpr);
  ctx.textBaseline = 'middle';
  const yDevPx = Math.round(((layout.axisHeightPx - TICK_MARK_PX) / 2) * dpr);
  const canvasRightDevPx = layout.widthPx * dpr;
  ticks.forEach((tick, k) => {
    const xDevPx = toPx(scale, tick.atMs) * dpr;
    ctx.textAlign = 'center';
    // The last label may not fit centred before the canvas edge: right-align it instead.
    if (k === ticks.length - 1) {
      const halfDevPx = ctx.measureText(tick.label).width / 2;
      if (xDevPx + halfDevPx > canvasRightDevPx) ctx.textAlign = 'right';
    }
    ctx.fillText(tick.label, ctx.textAlign === 'right' ? canvasRightDevPx - 2 : xDevPx, yDevPx);
  });
}
