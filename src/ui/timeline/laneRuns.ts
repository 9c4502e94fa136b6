import { RectBatch, RectBatches } from './rectBatch.ts';
import { RunMerger } from './runMerger.ts';
import { pxPerMs, type TimeScale } from './timeScale.ts';
import type { TimelineData } from './timelineData.ts';
import { laneTopPx, type TimelineLayout } from './timelineLayout.ts';

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
 * yet started draws no in-flight bar; a call not yet ready draws nothing.
 */

/**
 * Style indices, with C = number of service colours: queued c, in flight C + c, work, aborted,
 * and queued-in-a-merged-lane (one neutral style: light service colours stacked from many calls
 * would blend into mud, and a lane of 1 px cannot show whose wait it is anyway).
 */
export const queuedStyle = (colour: number): number => colour;
export const inFlightStyle = (colourCount: number, colour: number): number => colourCount + colour;
export const workStyle = (colourCount: number): number => 2 * colourCount;
export const abortedStyle = (colourCount: number): number => 2 * colourCount + 1;
export const mergedQueuedStyle = (colourCount: number): number => 2 * colourCount + 2;
export const styleCount = (colourCount: number): number => 2 * colourCount + 3;

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

export function collectLaneRuns(
  input: LaneRunsInput,
  fills: RectBatches,
  outlines: RectBatch,
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
  const rowsPerLane = layout.rowsPerLane;
  const workRows = data.work.length;
  const outlineAborted = rowsPerLane === 1 && layout.laneHeightPx >= MIN_OUTLINED_LANE_PX;
  const styles = styleCount(colours);
  const mergedQueued = mergedQueuedStyle(colours);
  const queuedStyleHere = (colour: number): number =>
    rowsPerLane > 1 ? mergedQueued : queuedStyle(colour);

  let lastX0 = 0;
  let lastX1 = 0;
  /** Adds [fromMs, toMs) in `style` to the current lane; false when it is off the plot. */
  const add = (style: number, fromMs: number, toMs: number): boolean => {
    let x0 = Math.round(zeroDevPx + fromMs * msToDevPx);
    let x1 = Math.round(zeroDevPx + toMs * msToDevPx);
    if (x0 >= rightDevPx || x1 < leftDevPx) return false;
    if (x0 < leftDevPx) x0 = leftDevPx;
    if (x1 > rightDevPx) x1 = rightDevPx;
    if (x1 <= x0) x1 = x0 + 1;
    merger.add(style, x0, x1);
    lastX0 = x0;
    lastX1 = x1;
    return true;
  };

  for (let lane = layout.firstLane; lane < layout.endLane; lane += 1) {
    const yTop = Math.max(topDevPx, Math.round(laneTopPx(layout, lane) * dpr));
    const yBottom = Math.min(bottomDevPx, Math.round(laneTopPx(layout, lane + 1) * dpr));
    if (yBottom <= yTop) continue;
    const laneDevPx = yBottom - yTop;
    // Rows of 6 px and more keep a gap between bars; the queued bar is a thin centred strip.
    const insetPx = laneDevPx >= 6 * dpr ? Math.max(1, Math.round(laneDevPx * 0.14)) : 0;
    const barTop = yTop + insetPx;
    const barHeight = laneDevPx - 2 * insetPx;
    const queuedHeight = insetPx > 0 ? Math.max(1, Math.round(barHeight * 0.3)) : laneDevPx;
    const queuedTop = yTop + Math.floor((laneDevPx - queuedHeight) / 2);

    merger.begin(styles);
    const firstRow = lane * rowsPerLane;
    const endRow = Math.min(layout.rowCount, firstRow + rowsPerLane);
    for (let row = firstRow; row < endRow; row += 1) {
      if (row < workRows) {
        const span = data.work[row];
        if (span && span.startedAtMs <= nowMs && span.startedAtMs < Infinity) {
          add(workStyle(colours), span.startedAtMs, Math.min(span.endedAtMs, nowMs));
        }
        continue;
      }
      const i = row - workRows;
      const colour = (data.serviceIndex[i] as number) % colours;
      const readyMs = data.readyAtMs[i] as number;
      const startMs = data.startedAtMs[i] as number;
      const endMs = data.endedAtMs[i] as number;
      const queuedEndMs = Math.min(startMs, nowMs);
      if (readyMs < queuedEndMs) add(queuedStyleHere(colour), readyMs, queuedEndMs);
      if (startMs <= nowMs && startMs < Infinity) {
        const flightEndMs = Math.min(endMs, nowMs);
        const abortedNow = data.aborted[i] === 1 && endMs <= nowMs;
        if (!abortedNow) add(inFlightStyle(colours, colour), startMs, flightEndMs);
        else if (!outlineAborted) add(abortedStyle(colours), startMs, flightEndMs);
        else if (add(inFlightStyle(colours, colour), startMs, flightEndMs)) {
          outlines.push(lastX0, barTop, lastX1 - lastX0, barHeight);
        }
      }
    }

    merger.flush((style, x0, x1) => {
      const queued = style < colours || style === mergedQueued;
      const batch = fills.get(style);
      if (queued) batch.push(x0, queuedTop, x1 - x0, queuedHeight);
      else batch.push(x0, barTop, x1 - x0, barHeight);
    });
  }
}
