import { addCopyRuns, prepareCopyStyles, type CopyLane, type CopyOutlines } from './attemptRuns.ts';
import { backoffLineDevPx } from './failureStrokes.ts';
import { LanePainter } from './lanePainter.ts';
import { RectBatch, RectBatches } from './rectBatch.ts';
import { RunMerger } from './runMerger.ts';
import { CALL_CODE } from './timelineCodes.ts';
import { pxPerMs, type TimeScale } from './timeScale.ts';
import type { TimelineData } from './timelineData.ts';
import { laneTopPx, type TimelineLayout } from './timelineLayout.ts';
import { barInsetDevPx } from './timelineSizing.ts';
import { addWireAnswer, addWireSetup, prepareWireStyles } from './wireRuns.ts';
import {
  abortedStyle,
  backoffStyle,
  failureStyle,
  hedgeInFlightStyle,
  inFlightStyle,
  isHedgeFailureStyle,
  mergedQueuedStyle,
  queuedStyle,
  styleCount,
  workStyle,
} from './timelineStyles.ts';

export {
  abortedStyle,
  inFlightStyle,
  mergedQueuedStyle,
  queuedStyle,
  styleCount,
  workStyle,
} from './timelineStyles.ts';

/**
 * Turns the spans of the visible lanes into merged, device-pixel-aligned rectangles, one batch per
 * style. Per lane, each span becomes [x0, x1) in whole device pixels (at least one pixel wide, so
 * a 0 ms call still shows), and RunMerger joins spans of a style that overlap or touch. So a lane
 * yields at most one rectangle per style per run of lit pixels, whatever the number of calls in
 * it: the work is O(calls in visible lanes) and the number of rectangles is bounded by visible
 * lanes × styles × plot width in device pixels (in practice a few per lane).
 *
 * Clipping at the cursor (`nowMs`): a call is queued on [ready, min(start, now)) and in flight on
 * [start, min(end, now)); unknown instants are Infinity, so min() clips them for free. A call not
 * yet started draws no in-flight bar; a call not yet ready draws nothing. A call with copies
 * (faults, a call policy) draws them instead of one in-flight bar (attemptRuns.ts); a skipped
 * call draws a mark where it was given up. How a call or copy ended shows only once the cursor
 * has passed its end.
 */

/** Lanes at least this tall (CSS px) show aborted calls as outlined bars; thinner ones fill. */
export const MIN_OUTLINED_LANE_PX = 8;

export interface LaneRunsInput {
  readonly data: TimelineData;
  readonly layout: TimelineLayout;
  /** Scale in CSS px (its range is the plot's left and right edges). */
  readonly scale: TimeScale;
  readonly nowMs: number;
  readonly devicePixelRatio: number;
  readonly colourCount: number;
}

/** What the lanes produce; every batch is cleared by the caller before a frame. */
export interface LaneRunsOutput extends CopyOutlines {
  /**
   * Per style. Backoff styles hold lines (x, y of the row's middle, width, line height) and the
   * skipped style marks (x, bar top, 1 px, bar height): the renderer strokes those.
   */
  readonly fills: RectBatches;
  /** Background-coloured gaps that set a hedge copy's bar apart from the first copy's. */
  readonly hedgeGaps: RectBatch;
}

// Reused across lanes and frames.
const painter = new LanePainter();
const copyLane: CopyLane = {
  barTopPx: 0,
  barHeightPx: 0,
  hedgeTopPx: 0,
  hedgeHeightPx: 0,
  outline: false,
  markPx: 2,
};

export function collectLaneRuns(
  input: LaneRunsInput,
  out: LaneRunsOutput,
  merger: RunMerger,
): void {
  const { data, layout, nowMs } = input;
  const dpr = input.devicePixelRatio;
  const colours = Math.max(1, input.colourCount);
  if (layout.plotWidthPx <= 0 || layout.laneHeightPx <= 0) return;
  const msToDevPx = pxPerMs(input.scale) * dpr;
  const zeroDevPx = input.scale.rangeStartPx * dpr - input.scale.domainStartMs * msToDevPx;
  const leftDevPx = Math.round(layout.plotLeftPx * dpr);
  const rightDevPx = Math.round((layout.plotLeftPx + layout.plotWidthPx) * dpr);
  const topDevPx = Math.round(layout.plotTopPx * dpr);
  const bottomDevPx = Math.round((layout.plotTopPx + layout.plotHeightPx) * dpr);
  painter.begin(merger, zeroDevPx, msToDevPx, leftDevPx, rightDevPx);
  const rowsPerLane = layout.rowsPerLane;
  const workRows = data.work.length;
  const outlineAborted = rowsPerLane === 1 && layout.laneHeightPx >= MIN_OUTLINED_LANE_PX;
  copyLane.outline = outlineAborted;
  copyLane.markPx = Math.max(2, Math.round(2 * dpr));
  const styles = styleCount(colours);
  const mergedQueued = mergedQueuedStyle(colours);
  const queuedStyleHere = (colour: number): number =>
    rowsPerLane > 1 ? mergedQueued : queuedStyle(colour);
  // Plain runs skip both checks below: no status codes for skips, no copies.
  const copies = data.copies !== undefined && data.copies.length > 0 ? data.copies : null;
  if (copies !== null) prepareCopyStyles(colours);
  // Wire phases (network engine, connection cap) split a bar DevTools-like; other runs skip it.
  const wire = data.wire !== undefined && data.wire.any ? data.wire : null;
  if (wire !== null || copies?.wire.any === true) prepareWireStyles(colours);
  const statusCodes = data.status ?? null;
  const skipped = CALL_CODE.skipped;
  const settledAtMs = data.requestOutcome?.settledAtMs ?? -Infinity;
  const skippedMark = failureStyle(colours, 'skippedMark');
  const hedgeStart = hedgeInFlightStyle(colours, 0);
  const backoffStart = backoffStyle(colours, 0);
  const backoffEnd = backoffStyle(colours, colours);
  const lineDevPx = backoffLineDevPx(dpr);

  for (let lane = layout.firstLane; lane < layout.endLane; lane += 1) {
    const yTop = Math.max(topDevPx, Math.round(laneTopPx(layout, lane) * dpr));
    const yBottom = Math.min(bottomDevPx, Math.round(laneTopPx(layout, lane + 1) * dpr));
    if (yBottom <= yTop) continue;
    const laneDevPx = yBottom - yTop;
    // Rows of 6 px and more keep a gap between bars (the theme's barFill sets how much); the queued bar is a thin centred strip.
    const insetPx = barInsetDevPx(laneDevPx, dpr, layout.emphasis.barFill);
    const barTop = yTop + insetPx;
    const barHeight = laneDevPx - 2 * insetPx;
    const queuedHeight = insetPx > 0 ? Math.max(1, Math.round(barHeight * 0.3)) : laneDevPx;
    const queuedTop = yTop + Math.floor((laneDevPx - queuedHeight) / 2);
    const midY = yTop + Math.floor(laneDevPx / 2);
    // A hedge copy takes the lower half, below a gap (where the row is tall enough for one).
    const gapPx = barHeight >= 6 ? Math.max(1, Math.round(dpr)) : 0;
    const hedgeTop = barHeight >= 2 ? barTop + Math.ceil(barHeight / 2) : barTop;
    copyLane.barTopPx = barTop;
    copyLane.barHeightPx = barHeight;
    copyLane.hedgeTopPx = hedgeTop + gapPx;
    copyLane.hedgeHeightPx = barTop + barHeight - hedgeTop - gapPx;

    merger.begin(styles);
    const firstRow = lane * rowsPerLane;
    const endRow = Math.min(layout.rowCount, firstRow + rowsPerLane);
    for (let row = firstRow; row < endRow; row += 1) {
      if (row < workRows) {
        const span = data.work[row];
        if (span && span.startedAtMs <= nowMs && span.startedAtMs < Infinity) {
          painter.add(workStyle(colours), span.startedAtMs, Math.min(span.endedAtMs, nowMs));
        }
        continue;
      }
      const i = row - workRows;
      const colour = (data.serviceIndex[i] as number) % colours;
      const readyMs = data.readyAtMs[i] as number;
      const startMs = data.startedAtMs[i] as number;
      const endMs = data.endedAtMs[i] as number;
      const queuedEndMs = Math.min(startMs, nowMs);
      if (readyMs < queuedEndMs) painter.add(queuedStyleHere(colour), readyMs, queuedEndMs);
      if (startMs > nowMs || startMs === Infinity) continue;
      if (statusCodes !== null && statusCodes[i] === skipped && endMs <= nowMs) {
        // Never sent: a mark where it was given up, once the request has settled (a trace
        // records skipped calls at their ready time, long before the request failed).
        if (settledAtMs <= nowMs) painter.add(skippedMark, startMs, startMs);
        continue;
      }
      const firstCopy = copies === null ? -1 : copies.firstOf(i);
      if (copies !== null && firstCopy >= 0) {
        addCopyRuns(painter, copyLane, out, copies, firstCopy, endMs, nowMs, colour);
        continue;
      }
      const flightEndMs = Math.min(endMs, nowMs);
      const abortedNow = data.aborted[i] === 1 && endMs <= nowMs;
      if (!abortedNow && wire !== null && wire.has(i)) {
        const answerMs = addWireSetup(painter, wire, i, startMs, endMs, nowMs);
        if (answerMs < flightEndMs)
          addWireAnswer(painter, inFlightStyle(colours, colour), endMs, nowMs);
      } else if (!abortedNow) painter.add(inFlightStyle(colours, colour), startMs, flightEndMs);
      else if (!outlineAborted) painter.add(abortedStyle(colours), startMs, flightEndMs);
      else if (painter.add(inFlightStyle(colours, colour), startMs, flightEndMs)) {
        out.aborted.push(painter.x0Px, barTop, painter.x1Px - painter.x0Px, barHeight);
      }
    }

    merger.flush((style, x0, x1) => {
      const batch = out.fills.get(style);
      if (style < colours || style === mergedQueued) {
        batch.push(x0, queuedTop, x1 - x0, queuedHeight);
      } else if (style < hedgeStart) {
        batch.push(x0, barTop, x1 - x0, barHeight);
      } else if (style < backoffStart || isHedgeFailureStyle(colours, style)) {
        batch.push(x0, copyLane.hedgeTopPx, x1 - x0, copyLane.hedgeHeightPx);
        if (gapPx > 0) out.hedgeGaps.push(x0, hedgeTop, x1 - x0, gapPx);
      } else if (style < backoffEnd) {
        batch.push(x0, midY - Math.floor(lineDevPx / 2), x1 - x0, lineDevPx);
      } else {
        batch.push(x0, barTop, x1 - x0, barHeight);
      }
    });
  }
}
