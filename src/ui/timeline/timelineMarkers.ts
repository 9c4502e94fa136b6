import { failureColours, type Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import { toPx, type TimeScale } from './timeScale.ts';
import { laneTopPx, type TimelineLayout } from './timelineLayout.ts';

const HIGHLIGHT_MIN_PX = 8;
const MARKER_FONT_PX = 15;

function inDomain(scale: TimeScale, ms: number): boolean {
  return Number.isFinite(ms) && ms >= scale.domainStartMs && ms <= scale.domainEndMs;
}

/**
 * A band behind the highlighted row (keyboard focus), at least HIGHLIGHT_MIN_PX tall so that it
 * shows even when rows are merged into 1 px lanes. Drawn before the bars, which stay on top.
 */
export function drawRowHighlight(
  ctx: CanvasLike,
  layout: TimelineLayout,
  row: number,
  palette: Palette,
  dpr: number,
): void {
  const lane = Math.floor(row / layout.rowsPerLane);
  if (lane < layout.firstLane || lane >= layout.endLane) return;
  const heightPx = Math.max(HIGHLIGHT_MIN_PX, layout.laneHeightPx);
  const topPx = laneTopPx(layout, lane) + layout.laneHeightPx / 2 - heightPx / 2;
  ctx.globalAlpha = 0.14;
  ctx.fillStyle = palette.text;
  ctx.fillRect(0, Math.round(topPx * dpr), layout.widthPx * dpr, Math.round(heightPx * dpr));
  ctx.globalAlpha = 1;
  ctx.fillRect(0, Math.round(topPx * dpr), Math.round(4 * dpr), Math.round(heightPx * dpr));
}

/** The predicted makespan: a dashed vertical line with a label at the bottom of the plot. */
export function drawPredictedMarker(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  predictedMs: number,
  palette: Palette,
  dpr: number,
): void {
  drawLabelledLine(ctx, layout, scale, palette, dpr, {
    atMs: predictedMs,
    colour: palette.predicted,
    dashed: true,
    label: 'predicted',
    labelAtTop: false,
  });
}

/** Where the request failed (the model's promise rejected): a solid line labelled at the top. */
export const REQUEST_FAILED_LABEL = 'request failed';

export function drawRequestFailedMarker(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  settledAtMs: number,
  palette: Palette,
  dpr: number,
): void {
  drawLabelledLine(ctx, layout, scale, palette, dpr, {
    atMs: settledAtMs,
    colour: failureColours(palette).failed,
    dashed: false,
    label: REQUEST_FAILED_LABEL,
    // At the top, so that it never covers the "predicted" label at the bottom.
    labelAtTop: true,
  });
}

interface LabelledLine {
  readonly atMs: number;
  readonly colour: string;
  readonly dashed: boolean;
  readonly label: string;
  readonly labelAtTop: boolean;
}

function drawLabelledLine(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  palette: Palette,
  dpr: number,
  line: LabelledLine,
): void {
  if (!inDomain(scale, line.atMs)) return;
  const xDevPx = Math.round(toPx(scale, line.atMs) * dpr);
  const lineDevPx = Math.max(2, Math.round(2 * dpr));
  const topDevPx = layout.plotTopPx * dpr;
  const bottomDevPx = (layout.plotTopPx + layout.plotHeightPx) * dpr;
  ctx.save();
  ctx.strokeStyle = line.colour;
  ctx.lineWidth = lineDevPx;
  ctx.setLineDash(line.dashed ? [6 * dpr, 4 * dpr] : []);
  ctx.beginPath();
  ctx.moveTo(xDevPx, topDevPx);
  ctx.lineTo(xDevPx, bottomDevPx);
  ctx.stroke();
  ctx.restore();

  // The label sits on a background patch so that it reads over bars; left of the line when the
  // line is in the right half (the plot's right edge is nearer).
  ctx.font = canvasFont(MARKER_FONT_PX, dpr);
  ctx.textBaseline = 'bottom';
  const textDevPx = ctx.measureText(line.label).width;
  const padDevPx = 4 * dpr;
  const onLeft = xDevPx > (layout.plotLeftPx + layout.plotWidthPx / 2) * dpr;
  const boxLeftDevPx = onLeft ? xDevPx - lineDevPx - textDevPx - 2 * padDevPx : xDevPx + lineDevPx;
  const boxHeightDevPx = Math.round(MARKER_FONT_PX * 1.4 * dpr);
  const boxBottomDevPx = line.labelAtTop ? topDevPx + boxHeightDevPx : bottomDevPx;
  ctx.fillStyle = palette.background;
  ctx.globalAlpha = 0.85;
  ctx.fillRect(
    boxLeftDevPx,
    boxBottomDevPx - boxHeightDevPx,
    textDevPx + 2 * padDevPx,
    boxHeightDevPx,
  );
  ctx.globalAlpha = 1;
  ctx.fillStyle = line.colour;
  ctx.textAlign = 'left';
  ctx.fillText(line.label, boxLeftDevPx + padDevPx, boxBottomDevPx - 2 * dpr);
}

/** The "now" cursor: a 2 px line from the axis through the plot, with a small head. */
export function drawNowCursor(
  ctx: CanvasLike,
  layout: TimelineLayout,
  scale: TimeScale,
  nowMs: number,
  palette: Palette,
  dpr: number,
): void {
  if (!inDomain(scale, nowMs)) return;
  const widthDevPx = Math.max(2, Math.round(2 * dpr));
  const xDevPx = Math.round(toPx(scale, nowMs) * dpr) - Math.floor(widthDevPx / 2);
  const headPx = 10;
  const topDevPx = Math.round((layout.plotTopPx - headPx) * dpr);
  const bottomDevPx = Math.round((layout.plotTopPx + layout.plotHeightPx) * dpr);
  ctx.fillStyle = palette.cursor;
  ctx.fillRect(xDevPx, topDevPx, widthDevPx, bottomDevPx - topDevPx);
  const headDevPx = Math.round(headPx * dpr);
  ctx.fillRect(xDevPx - headDevPx / 2 + widthDevPx / 2, topDevPx, headDevPx, Math.round(6 * dpr));
}
