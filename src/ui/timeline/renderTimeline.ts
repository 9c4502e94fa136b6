import { failureColours, serviceColour, wireColours, type Palette } from '../palette.ts';
import type { CanvasLike } from './canvasLike.ts';
import { strokeBackoffLines, strokeOutlines, strokeSkippedMarks } from './failureStrokes.ts';
import { collectLaneRuns, type LaneRunsOutput } from './laneRuns.ts';
import { RectBatch, RectBatches } from './rectBatch.ts';
import { RunMerger } from './runMerger.ts';
import { colourVariant, strokeVariantStripes, variantColourCount } from './serviceVariants.ts';
import { drawTimeAxis } from './timelineAxis.ts';
import type { TimelineData } from './timelineData.ts';
import type { TimelineGeometry } from './timelineGeometry.ts';
import { drawLegend, drawRowLabels } from './timelineLabels.ts';
import {
  drawNowCursor,
  drawPredictedMarker,
  drawRequestFailedMarker,
  drawRowHighlight,
} from './timelineMarkers.ts';
import {
  abortedStyle,
  backoffStyle,
  failureStyle,
  hedgeInFlightStyle,
  inFlightStyle,
  mergedQueuedStyle,
  queuedStyle,
  wireStyle,
  workStyle,
} from './timelineStyles.ts';
import { strokeHatch } from './wireHatch.ts';

/** Queued bars are the service's colour, lighter (and thinner, see laneRuns): waiting, not working. */
export const QUEUED_ALPHA = 0.4;
/** In merged lanes queued time is one neutral wash of the muted text colour. */
export const MERGED_QUEUED_ALPHA = 0.3;
/**
 * A failed copy is filled lighter than a bar that answered (it did no useful work) and carries a
 * solid end mark where the error arrived, so it does not rely on hue alone.
 */
export const FAILED_FILL_ALPHA = 0.45;
/** Cancelled copies in lanes too thin for an outline. */
export const CANCELLED_FILL_ALPHA = 0.6;

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
  /**
   * Where the timeline's top-left corner lands, in device px (default 0, 0): an exported
   * picture draws it below a title band. Every coordinate, and its whole-pixel rounding, stays
   * as on the page.
   */
  readonly originDevPx?: { readonly xPx: number; readonly yPx: number };
}

// Reused across frames (the main thread draws one frame at a time): no per-frame allocation
// proportional to the calls.
const out: LaneRunsOutput = {
  fills: new RectBatches(),
  hedgeGaps: new RectBatch(),
  aborted: new RectBatch(),
  cancelled: new RectBatch(),
  timeout: new RectBatch(),
};
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
 * Sizes (type, axis, bar fill) come from the layout (timelineSizing.ts), colours and their striped
 * variants beyond the palette's hues from the palette (serviceVariants.ts).
 * Order: background, axis and grid, highlight, labels or legend, bars (drawBars), backoff lines,
 * outlines and skipped marks (drawStrokes), predicted marker, request-failed line, cursor.
 */
export function renderTimeline(ctx: CanvasLike, frame: TimelineFrame): void {
  const { data, layout, scale, palette } = frame;
  const dpr = frame.devicePixelRatio;
  ctx.setTransform(1, 0, 0, 1, frame.originDevPx?.xPx ?? 0, frame.originDevPx?.yPx ?? 0);
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

  const colourCount = variantColourCount(palette);
  out.fills.clear();
  out.hedgeGaps.clear();
  out.aborted.clear();
  out.cancelled.clear();
  out.timeout.clear();
  collectLaneRuns(
    { data, layout, scale, nowMs: frame.nowMs, devicePixelRatio: dpr, colourCount },
    out,
    merger,
  );
  drawBars(ctx, palette, colourCount, dpr);
  drawStrokes(ctx, palette, colourCount, dpr);

  if (frame.predictedMakespanMs !== null) {
    drawPredictedMarker(ctx, layout, scale, frame.predictedMakespanMs, palette, dpr);
  }
  const request = data.requestOutcome;
  if (request?.failed === true && request.settledAtMs <= frame.nowMs) {
    drawRequestFailedMarker(ctx, layout, scale, request.settledAtMs, palette, dpr);
  }
  drawNowCursor(ctx, layout, scale, frame.nowMs, palette, dpr);
}

/**
 * The fills, bottom to top: queued, in flight, wire phases (browser queue hatched, set-up,
 * download), work, aborted, failure fills and marks; then a
 * hedge copy's gap and bar over the first copy's (in the lower half of the row).
 */
function drawBars(ctx: CanvasLike, palette: Palette, colourCount: number, dpr: number): void {
  const { fills } = out;
  const failures = failureColours(palette);
  const style = (name: Parameters<typeof failureStyle>[1]) =>
    fills.get(failureStyle(colourCount, name));
  for (let c = 0; c < colourCount; c += 1) {
    fillBatch(ctx, fills.get(queuedStyle(c)), serviceColour(palette, c), QUEUED_ALPHA);
  }
  const mergedQueued = fills.get(mergedQueuedStyle(colourCount));
  fillBatch(ctx, mergedQueued, palette.mutedText, MERGED_QUEUED_ALPHA);
  for (let c = 0; c < colourCount; c += 1) {
    fillBatch(ctx, fills.get(inFlightStyle(colourCount, c)), serviceColour(palette, c), 1);
  }
  for (let c = 0; c < colourCount; c += 1) {
    const variant = colourVariant(palette, c);
    const batch = fills.get(inFlightStyle(colourCount, c));
    strokeVariantStripes(ctx, batch, variant, palette.background, dpr);
  }
  const wire = wireColours(palette);
  const browserQueue = fills.get(wireStyle(colourCount, 'queued'));
  fillBatch(ctx, browserQueue, wire.queued, 1);
  strokeHatch(ctx, browserQueue, wire.queuedHatch, dpr);
  fillBatch(ctx, fills.get(wireStyle(colourCount, 'connect')), wire.connect, 1);
  fillBatch(ctx, fills.get(wireStyle(colourCount, 'download')), wire.download, 1);
  fillBatch(ctx, fills.get(workStyle(colourCount)), palette.work, 1);
  fillBatch(ctx, fills.get(abortedStyle(colourCount)), palette.aborted, 1);
  fillBatch(ctx, style('failedFill'), failures.failed, FAILED_FILL_ALPHA);
  fillBatch(ctx, style('cancelledFill'), failures.cancelled, CANCELLED_FILL_ALPHA);
  fillBatch(ctx, style('busyFill'), failures.busy, 1);
  fillBatch(ctx, style('failedMark'), failures.failed, 1);

  fillBatch(ctx, out.hedgeGaps, palette.background, 1);
  for (let c = 0; c < colourCount; c += 1) {
    const batch = fills.get(hedgeInFlightStyle(colourCount, c));
    fillBatch(ctx, batch, serviceColour(palette, c), 1);
    strokeVariantStripes(ctx, batch, colourVariant(palette, c), palette.background, dpr);
  }
  fillBatch(ctx, style('hedgeFailedFill'), failures.failed, FAILED_FILL_ALPHA);
  fillBatch(ctx, style('hedgeCancelledFill'), failures.cancelled, CANCELLED_FILL_ALPHA);
  fillBatch(ctx, style('hedgeBusyFill'), failures.busy, 1);
  fillBatch(ctx, style('hedgeFailedMark'), failures.failed, 1);
  ctx.globalAlpha = 1;
}

/** Backoff lines, outlines (aborted, cancelled, timed out) and skipped marks, over the bars. */
function drawStrokes(ctx: CanvasLike, palette: Palette, colourCount: number, dpr: number): void {
  const failures = failureColours(palette);
  for (let c = 0; c < colourCount; c += 1) {
    strokeBackoffLines(
      ctx,
      out.fills.get(backoffStyle(colourCount, c)),
      serviceColour(palette, c),
      dpr,
    );
  }
  strokeOutlines(ctx, out.aborted, palette.aborted, false, dpr);
  strokeOutlines(ctx, out.cancelled, failures.cancelled, false, dpr);
  strokeOutlines(ctx, out.timeout, failures.failed, true, dpr);
  const skipped = out.fills.get(failureStyle(colourCount, 'skippedMark'));
  strokeSkippedMarks(ctx, skipped, failures.skipped, dpr);
}
