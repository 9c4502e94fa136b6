import type { Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import { niceTicks, toPx, type TimeScale } from './timeScale.ts';
import type { TimelineLayout } from './timelineLayout.ts';
import { lineDevPx as gridLineDevPx, tickMarkPx } from './timelineSizing.ts';

/** Room one tick label needs ("1.25 s" plus a gap), in ems of the tick font: 96 px at 16 px. */
const TICK_SPACING_EM = 6;

/**
 * The time axis on top of the plot (tick labels and tick marks) and a vertical grid line per
 * tick across the plot. Lines are fillRects of whole device pixels (one CSS px, two with the
 * projector's emphasis), crisp at any device pixel ratio; the type scales with the frame.
 */
export function drawTimeAxis(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  palette: Palette,
  dpr: number,
): void {
  if (layout.plotWidthPx <= 0) return;
  const fontPx = layout.axisFontPx;
  const maxTicks = Math.max(2, Math.floor(layout.plotWidthPx / (TICK_SPACING_EM * fontPx)));
  const { ticks } = niceTicks(scale.domainStartMs, scale.domainEndMs, maxTicks);
  const plotTopDevPx = Math.round(layout.plotTopPx * dpr);
  const plotBottomDevPx = Math.round((layout.plotTopPx + layout.plotHeightPx) * dpr);
  const lineDevPx = gridLineDevPx(dpr, layout.emphasis);

  ctx.fillStyle = palette.grid;
  for (const tick of ticks) {
    const xDevPx = Math.round(toPx(scale, tick.atMs) * dpr);
    ctx.fillRect(xDevPx, plotTopDevPx, lineDevPx, plotBottomDevPx - plotTopDevPx);
  }

  ctx.fillStyle = palette.mutedText;
  const leftDevPx = Math.round(layout.plotLeftPx * dpr);
  const widthDevPx = Math.round(layout.plotWidthPx * dpr);
  ctx.fillRect(leftDevPx, plotTopDevPx - lineDevPx, widthDevPx + lineDevPx, lineDevPx);
  const markPx = tickMarkPx(fontPx);
  const markDevPx = Math.round(markPx * dpr);
  for (const tick of ticks) {
    const xDevPx = Math.round(toPx(scale, tick.atMs) * dpr);
    ctx.fillRect(xDevPx, plotTopDevPx - markDevPx, lineDevPx, markDevPx);
  }

  ctx.fillStyle = palette.text;
  ctx.font = canvasFont(fontPx, dpr);
  ctx.textBaseline = 'middle';
  const yDevPx = Math.round(((layout.axisHeightPx - markPx) / 2) * dpr);
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
