import { failureColours, type Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import { toPx, type TimeScale } from './timeScale.ts';
import { laneTopPx, type TimelineLayout } from './timelineLayout.ts';

const HIGHLIGHT_MIN_PX = 8;
const LABEL_PAD_PX = 4;

/** A marker label's background box, in CSS px. */
export interface LabelBox {
  readonly leftPx: number;
  readonly topPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The marker labels' font: the axis's, so they grow with the frame like the ticks. */
export function markerFontPx(layout: TimelineLayout): number {
  return layout.axisFontPx;
}

/**
 * Where a marker line's label goes: beside the line at `xPx` (left of it in the plot's right
 * half, where the edge is nearer). At the bottom it sits in the layout's marker band, under the
 * plot, so it never covers a bar (the last call usually ends right at the predicted line); at the
 * top it sits just inside the plot.
 */
export function markerLabelBox(
  layout: TimelineLayout,
  xPx: number,
  textWidthPx: number,
  lineWidthPx: number,
  atTop: boolean,
): LabelBox {
  const widthPx = textWidthPx + 2 * LABEL_PAD_PX;
  const onLeft = xPx > layout.plotLeftPx + layout.plotWidthPx / 2;
  const leftPx = onLeft ? xPx - lineWidthPx - widthPx : xPx + lineWidthPx;
  const plotBottomPx = layout.plotTopPx + layout.plotHeightPx;
  const heightPx = atTop
    ? Math.round(markerFontPx(layout) * 1.4)
    : Math.min(Math.round(markerFontPx(layout) * 1.4), layout.markerBandPx);
  const topPx = atTop ? layout.plotTopPx : plotBottomPx + (layout.markerBandPx - heightPx) / 2;
  return { leftPx, topPx, widthPx, heightPx };
}

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

/** The predicted makespan: a dashed vertical line with a label under the plot (in its band). */
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
  const xPx = toPx(scale, line.atMs);
  const xDevPx = Math.round(xPx * dpr);
  const lineDevPx = Math.max(2, Math.round(2 * dpr));
  ctx.font = canvasFont(markerFontPx(layout), dpr);
  const textDevPx = ctx.measureText(line.label).width;
  const box = markerLabelBox(layout, xPx, textDevPx / dpr, lineDevPx / dpr, line.labelAtTop);
  const topDevPx = layout.plotTopPx * dpr;
  // The line reaches down into the band when its label is there, so the two read as one.
  const bottomDevPx = line.labelAtTop
    ? (layout.plotTopPx + layout.plotHeightPx) * dpr
    : (box.topPx + box.heightPx) * dpr;
  ctx.save();
  ctx.strokeStyle = line.colour;
  ctx.lineWidth = lineDevPx;
  ctx.setLineDash(line.dashed ? [6 * dpr, 4 * dpr] : []);
  ctx.beginPath();
  ctx.moveTo(xDevPx, topDevPx);
  ctx.lineTo(xDevPx, bottomDevPx);
  ctx.stroke();
  ctx.restore();

  // A background patch, so that the label reads over bars (at the top) and grid lines.
  ctx.fillStyle = palette.background;
  ctx.globalAlpha = 0.85;
  ctx.fillRect(
    Math.round(box.leftPx * dpr),
    Math.round(box.topPx * dpr),
    Math.round(box.widthPx * dpr),
    Math.round(box.heightPx * dpr),
  );
  ctx.globalAlpha = 1;
  ctx.fillStyle = line.colour;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(
    line.label,
    Math.round((box.leftPx + LABEL_PAD_PX) * dpr),
    Math.round((box.topPx + box.heightPx / 2) * dpr),
  );
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
