import { serviceColour, type Palette } from '../palette.ts';
import type { CanvasLike } from './canvasLike.ts';
import {
  abortedStyle,
  collectLaneRuns,
  inFlightStyle,
  mergedQueuedStyle,
  queuedStyle,
  workStyle,
} from './laneRuns.ts';
import { RectBatch, RectBatches } from './rectBatch.ts';
import { RunMerger } from './runMerger.ts';
import { drawTimeAxis } from './timelineAxis.ts';
import type { TimelineData } from './timelineData.ts';
import type { TimelineGeometry } from './timelineGeometry.ts';
import { drawLegend, drawRowLabels } from './timelineLabels.ts';
import { drawNowCursor, drawPredictedMarker, drawRowHighlight } from './timelineMarkers.ts';

/** Queued bars are the service's colour, lighter (and thinner, see laneRuns): waiting, not working. */
export const QUEUED_ALPHA = 0.4;
/** In merged lanes queued time is one neutral wash of the muted text colour. */
export const MERGED_QUEUED_ALPHA = 0.3;

/** Everything one frame depends on. */
export interface TimelineFrame extends TimelineGeometry {
  readonly data: TimelineData;
  /** The cursor: spans are clipped here. Infinity shows every known instant and no cursor. */
  readonly nowMs: number;
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  /** Backing-store pixels per CSS pixel. */
  readonly devicePixelRatio: number;
  /** Call index drawn with a highlight band (keyboard navigation), or null. */
  readonly highlightCall: number | null;
}

// Reused across frames (the main thread draws one frame at a time): no per-frame allocation
// proportional to the calls.
const fills = new RectBatches();
const outlines = new RectBatch();
const merger = new RunMerger();

function fillBatch(ctx: CanvasLike, batch: RectBatch, colour: string, alpha: number): void {
  if (batch.length === 0) return;
  ctx.globalAlpha = alpha;
  ctx.fillStyle = colour;
  batch.forEach((x, y, w, h) => ctx.fillRect(x, y, w, h));
}

/**
 * Draws one frame of the timeline on `ctx`, whose backing store is the layout's CSS size times
 * `devicePixelRatio`. Pure apart from the canvas: the same frame always draws the same calls.
 * Order: background, axis and grid, highlight, labels or legend, queued bars, in-flight and work
 * bars, aborted outlines, predicted marker, cursor.
 */
export function renderTimeline(ctx: CanvasLike, frame: TimelineFrame): void {
  const { data, layout, scale, palette } = frame;
  const dpr = frame.devicePixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, Math.round(layout.widthPx * dpr), Math.round(layout.heightPx * dpr));

  drawTimeAxis(ctx, layout, scale, palette, dpr);
  if (frame.highlightCall !== null && frame.highlightCall < data.count) {
    drawRowHighlight(ctx, layout, data.work.length + frame.highlightCall, palette, dpr);
  }
  if (layout.rowLabelFontPx > 0) drawRowLabels(ctx, data, layout, palette, dpr);
  else drawLegend(ctx, data, layout, palette, dpr, MERGED_QUEUED_ALPHA);

  const colourCount = Math.max(1, palette.services.length);
  fills.clear();
  outlines.clear();
  collectLaneRuns(
    { data, layout, scale, nowMs: frame.nowMs, devicePixelRatio: dpr, colourCount },
    fills,
    outlines,
    merger,
  );
  for (let c = 0; c < colourCount; c += 1) {
    fillBatch(ctx, fills.get(queuedStyle(c)), serviceColour(palette, c), QUEUED_ALPHA);
  }
  const mergedQueued = fills.get(mergedQueuedStyle(colourCount));
  fillBatch(ctx, mergedQueued, palette.mutedText, MERGED_QUEUED_ALPHA);
  for (let c = 0; c < colourCount; c += 1) {
    fillBatch(ctx, fills.get(inFlightStyle(colourCount, c)), serviceColour(palette, c), 1);
  }
  fillBatch(ctx, fills.get(workStyle(colourCount)), palette.work, 1);
  fillBatch(ctx, fills.get(abortedStyle(colourCount)), palette.aborted, 1);
  ctx.globalAlpha = 1;
  if (outlines.length > 0) {
    // Inside the bar, so that neighbouring rows' outlines never touch.
    const lineDevPx = Math.max(2, Math.round(2 * dpr));
    ctx.strokeStyle = palette.aborted;
    ctx.lineWidth = lineDevPx;
    const half = lineDevPx / 2;
    outlines.forEach((x, y, w, h) => {
      ctx.strokeRect(x + half, y + half, Math.max(0, w - lineDevPx), Math.max(0, h - lineDevPx));
    });
  }

  if (frame.predictedMakespanMs !== null) {
    drawPredictedMarker(ctx, layout, scale, frame.predictedMakespanMs, palette, dpr);
  }
  drawNowCursor(ctx, layout, scale, frame.nowMs, palette, dpr);
}
