import { serviceColour, type Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import type { TimelineData } from './timelineData.ts';
import { WORK_ROW_LABEL } from './timelineGeometry.ts';
import {
  groupedRowsLabel,
  LEGEND_FONT_PX,
  laneTopPx,
  type TimelineLayout,
} from './timelineLayout.ts';

const LABEL_LEFT_PX = 12;

/** One label per visible row (rows tall enough to read): the service name, or "local work". */
export function drawRowLabels(
  ctx: CanvasLike,
  data: TimelineData,
  layout: TimelineLayout,
  palette: Palette,
  dpr: number,
): void {
  ctx.font = canvasFont(layout.rowLabelFontPx, dpr);
  ctx.fillStyle = palette.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const maxWidthDevPx = (layout.labelWidthPx - 2 * LABEL_LEFT_PX) * dpr;
  const workRows = data.work.length;
  for (let row = layout.firstLane; row < layout.endLane; row += 1) {
    const label =
      row < workRows
        ? WORK_ROW_LABEL
        : (data.serviceNames[data.serviceIndex[row - workRows] ?? 0] ?? '');
    const yPx = laneTopPx(layout, row) + layout.laneHeightPx / 2;
    ctx.fillText(label, LABEL_LEFT_PX * dpr, Math.round(yPx * dpr), maxWidthDevPx);
  }
}

/**
 * For rows too thin to label: a colour key in the label column (each service's swatch and name,
 * local work, and how many calls share a row when grouped), as many lines as fit.
 */
export function drawLegend(
  ctx: CanvasLike,
  data: TimelineData,
  layout: TimelineLayout,
  palette: Palette,
  dpr: number,
  mergedQueuedAlpha: number,
): void {
  const lineHeightPx = Math.round(LEGEND_FONT_PX * 1.5);
  const swatchPx = Math.round(LEGEND_FONT_PX * 0.75);
  const entries: Array<{ text: string; colour: string | null; alpha: number }> = [];
  if (layout.rowsPerLane > 1) {
    entries.push({ text: groupedRowsLabel(layout.rowsPerLane), colour: null, alpha: 1 });
    entries.push({ text: 'queued', colour: palette.mutedText, alpha: mergedQueuedAlpha });
  }
  if (data.work.length > 0) {
    entries.push({ text: WORK_ROW_LABEL, colour: palette.work, alpha: 1 });
  }
  data.serviceNames.forEach((name, k) => {
    entries.push({ text: name, colour: serviceColour(palette, k), alpha: 1 });
  });
  const fitting = Math.max(0, Math.floor(layout.plotHeightPx / lineHeightPx));
  const shown = entries.length <= fitting ? entries.length : Math.max(0, fitting - 1);

  ctx.font = canvasFont(LEGEND_FONT_PX, dpr);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const maxWidthDevPx = (layout.labelWidthPx - 2 * LABEL_LEFT_PX - swatchPx - 6) * dpr;
  for (let k = 0; k < shown; k += 1) {
    const entry = entries[k];
    if (!entry) break;
    const yMidPx = layout.plotTopPx + k * lineHeightPx + lineHeightPx / 2;
    let textLeftPx = LABEL_LEFT_PX;
    if (entry.colour !== null) {
      ctx.fillStyle = entry.colour;
      ctx.globalAlpha = entry.alpha;
      ctx.fillRect(
        Math.round(LABEL_LEFT_PX * dpr),
        Math.round((yMidPx - swatchPx / 2) * dpr),
        Math.round(swatchPx * dpr),
        Math.round(swatchPx * dpr),
      );
      ctx.globalAlpha = 1;
      textLeftPx += swatchPx + 6;
    }
    ctx.fillStyle = entry.colour === null ? palette.mutedText : palette.text;
    ctx.fillText(entry.text, textLeftPx * dpr, Math.round(yMidPx * dpr), maxWidthDevPx);
  }
  if (shown < entries.length && fitting > 0) {
    ctx.fillStyle = palette.mutedText;
    const yMidPx = layout.plotTopPx + shown * lineHeightPx + lineHeightPx / 2;
    ctx.fillText(`+${entries.length - shown} more`, LABEL_LEFT_PX * dpr, Math.round(yMidPx * dpr));
  }
}
