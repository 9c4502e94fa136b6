import { serviceColour, type Palette } from '../palette.ts';
import { canvasFont } from './canvasFont.ts';
import type { CanvasLike } from './canvasLike.ts';
import type { TimelineData } from './timelineData.ts';
import { WORK_ROW_LABEL } from './timelineGeometry.ts';
import { groupedRowsLabel, laneTopPx, type TimelineLayout } from './timelineLayout.ts';
import { colourVariant, stripeRows, variantColourCount } from './serviceVariants.ts';

const LABEL_LEFT_PX = 12;
/** Gap between a swatch and its name, in ems of the label font. */
const SWATCH_GAP_EM = 0.4;

/** The label of row `row`: "local work" for work rows, else the call's service. */
function rowLabel(data: TimelineData, row: number): string {
  const workRows = data.work.length;
  return row < workRows
    ? WORK_ROW_LABEL
    : (data.serviceNames[data.serviceIndex[row - workRows] ?? 0] ?? '');
}

/**
 * The rows that carry a label, in [firstLane, endLane): every row when rows are tall enough,
 * else every `labelStride`th row (rows 0, N, 2N, ...), so that a label always sits on its own
 * row's middle, never in a list that only looks aligned.
 */
export function labelledRows(layout: TimelineLayout): number[] {
  const stride = layout.labelStride;
  if (stride <= 0 || layout.rowsPerLane !== 1) return [];
  const rows: number[] = [];
  const first = Math.ceil(layout.firstLane / stride) * stride;
  for (let row = first; row < layout.endLane; row += stride) rows.push(row);
  return rows;
}

/**
 * Row labels aligned to their rows: the service name (or "local work") on each row's middle.
 * When rows are too thin for one label each, every Nth row is labelled, with a swatch of its
 * colour (and stripes, for services beyond the palette) and a tick to its row.
 */
export function drawRowLabels(
  ctx: CanvasLike,
  data: TimelineData,
  layout: TimelineLayout,
  palette: Palette,
  dpr: number,
): void {
  const fontPx = layout.rowLabelFontPx;
  ctx.font = canvasFont(fontPx, dpr);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const workRows = data.work.length;
  const marked = layout.labelStride > 1;
  const swatchPx = marked ? Math.round(fontPx * 0.75) : 0;
  const textLeftPx = LABEL_LEFT_PX + (marked ? swatchPx + fontPx * SWATCH_GAP_EM : 0);
  const maxWidthDevPx = (layout.labelWidthPx - textLeftPx - LABEL_LEFT_PX) * dpr;
  const colourCount = variantColourCount(palette);
  const tickDevPx = Math.max(1, Math.round(dpr));
  for (const row of labelledRows(layout)) {
    const yPx = laneTopPx(layout, row) + layout.laneHeightPx / 2;
    const yDevPx = Math.round(yPx * dpr);
    if (marked) {
      const colour = row < workRows ? -1 : (data.serviceIndex[row - workRows] ?? 0) % colourCount;
      const topDevPx = Math.round((yPx - swatchPx / 2) * dpr);
      const sizeDevPx = Math.round(swatchPx * dpr);
      ctx.fillStyle = colour < 0 ? palette.work : serviceColour(palette, colour);
      ctx.fillRect(Math.round(LABEL_LEFT_PX * dpr), topDevPx, sizeDevPx, sizeDevPx);
      if (colour >= 0) {
        ctx.fillStyle = palette.background;
        for (const [top, height] of stripeRows(
          topDevPx,
          sizeDevPx,
          colourVariant(palette, colour),
          dpr,
        )) {
          ctx.fillRect(Math.round(LABEL_LEFT_PX * dpr), top, sizeDevPx, height);
        }
      }
      // A short tick from the column to the row: this label belongs to that row only.
      ctx.fillStyle = palette.mutedText;
      const tickLeftDevPx = Math.round((layout.plotLeftPx - LABEL_LEFT_PX / 2) * dpr);
      const tickRightDevPx = Math.round(layout.plotLeftPx * dpr);
      ctx.fillRect(tickLeftDevPx, yDevPx, tickRightDevPx - tickLeftDevPx, tickDevPx);
    }
    ctx.fillStyle = palette.text;
    ctx.fillText(rowLabel(data, row), Math.round(textLeftPx * dpr), yDevPx, maxWidthDevPx);
  }
}

/**
 * For merged lanes (several calls per row, so no row has one name): a boxed colour key in the
 * label column (how many calls share a row, queued time, local work, each service's swatch and
 * name), as many lines as fit. The box says it is a key, not a column of row labels.
 */
export function drawLegend(
  ctx: CanvasLike,
  data: TimelineData,
  layout: TimelineLayout,
  palette: Palette,
  dpr: number,
  mergedQueuedAlpha: number,
): void {
  const fontPx = layout.axisFontPx;
  const lineHeightPx = Math.round(fontPx * 1.5);
  const swatchPx = Math.round(fontPx * 0.75);
  const entries: Array<{ text: string; colour: string | null; alpha: number }> = [];
  if (layout.rowsPerLane > 1) {
    entries.push({ text: groupedRowsLabel(layout.rowsPerLane), colour: null, alpha: 1 });
    entries.push({ text: 'queued', colour: palette.mutedText, alpha: mergedQueuedAlpha });
  }
  if (data.work.length > 0) {
    entries.push({ text: WORK_ROW_LABEL, colour: palette.work, alpha: 1 });
  }
  // Only as many names as could ever show: a run of 100,000 distinct services lists a few.
  const fitting = Math.max(0, Math.floor(layout.plotHeightPx / lineHeightPx));
  let servicesListed = 0;
  for (const [k, name] of data.serviceNames.entries()) {
    if (entries.length > fitting) break;
    entries.push({ text: name, colour: serviceColour(palette, k), alpha: 1 });
    servicesListed += 1;
  }
  const total = entries.length + data.serviceNames.length - servicesListed;
  const shown = total <= fitting ? total : Math.max(0, fitting - 1);

  ctx.font = canvasFont(fontPx, dpr);
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
  const lines = shown < total && fitting > 0 ? shown + 1 : shown;
  if (lines > shown) {
    ctx.fillStyle = palette.mutedText;
    const yMidPx = layout.plotTopPx + shown * lineHeightPx + lineHeightPx / 2;
    ctx.fillText(`+${total - shown} more`, LABEL_LEFT_PX * dpr, Math.round(yMidPx * dpr));
  }
  if (lines > 0) {
    ctx.fillStyle = palette.grid;
    const left = Math.round((LABEL_LEFT_PX / 2) * dpr);
    const right = Math.round((layout.labelWidthPx - LABEL_LEFT_PX / 2) * dpr);
    const top = Math.round(layout.plotTopPx * dpr);
    const bottom = Math.round((layout.plotTopPx + lines * lineHeightPx) * dpr);
    const line = Math.max(1, Math.round(dpr));
    ctx.fillRect(left, top, right - left, line);
    ctx.fillRect(left, bottom - line, right - left, line);
    ctx.fillRect(left, top, line, bottom - top);
    ctx.fillRect(right - line, top, line, bottom - top);
  }
}
