import { pxPerMs, toPx, type TimeScale } from './timeScale.ts';
import type { TimelineData } from './timelineData.ts';
import { laneAtPx, laneTopPx, type TimelineLayout } from './timelineLayout.ts';

/** How far (CSS px) beside a bar the pointer still hits it: thin bars need a forgiving target. */
export const HIT_SLOP_PX = 4;

/** The drawn extent of call `i` at `nowMs` in ms, [fromMs, toMs], or null when nothing is drawn. */
function drawnExtentMs(
  data: TimelineData,
  i: number,
  nowMs: number,
): { fromMs: number; toMs: number } | null {
  const readyMs = data.readyAtMs[i] ?? Infinity;
  const startMs = data.startedAtMs[i] ?? Infinity;
  const endMs = data.endedAtMs[i] ?? Infinity;
  if (startMs <= nowMs && startMs < Infinity) {
    return { fromMs: Math.min(readyMs, startMs), toMs: Math.min(endMs, nowMs) };
  }
  return readyMs < nowMs ? { fromMs: readyMs, toMs: nowMs } : null;
}

/**
 * The call under the pointer (CSS px relative to the canvas), or null. With one row per lane,
 * the row's label hits its call (drawn or not); otherwise the first call in the lane (in list
 * order) whose drawn extent, widened by HIT_SLOP_PX, contains x. Work rows and parts not drawn
 * yet (after `nowMs`) hit nothing. O(calls in one lane).
 */
export function hitTest(
  layout: TimelineLayout,
  scale: TimeScale,
  data: TimelineData,
  nowMs: number,
  xPx: number,
  yPx: number,
): number | null {
  const lane = laneAtPx(layout, yPx);
  if (lane === null || xPx < 0 || xPx > layout.widthPx) return null;
  const workRows = data.work.length;
  const firstRow = lane * layout.rowsPerLane;
  const endRow = Math.min(layout.rowCount, firstRow + layout.rowsPerLane);
  const slopMs = HIT_SLOP_PX / pxPerMs(scale);
  const atMs = scale.domainStartMs + (xPx - scale.rangeStartPx) / pxPerMs(scale);
  for (let row = Math.max(firstRow, workRows); row < endRow; row += 1) {
    const i = row - workRows;
    if (layout.rowsPerLane === 1 && xPx < layout.plotLeftPx) return i;
    const extent = drawnExtentMs(data, i, nowMs);
    if (extent === null) continue;
    if (atMs >= extent.fromMs - slopMs && atMs <= extent.toMs + slopMs) return i;
  }
  return null;
}

/**
 * Where a keyboard-selected call's tooltip points (CSS px): the end of its drawn bar (or the
 * plot's left edge when nothing is drawn yet), on its row's middle line.
 */
export function callAnchorPx(
  layout: TimelineLayout,
  scale: TimeScale,
  data: TimelineData,
  index: number,
  nowMs: number,
): { xPx: number; yPx: number } {
  const lane = Math.floor((data.work.length + index) / layout.rowsPerLane);
  const yPx = laneTopPx(layout, lane) + layout.laneHeightPx / 2;
  const extent = drawnExtentMs(data, index, nowMs);
  const plotRightPx = layout.plotLeftPx + layout.plotWidthPx;
  const xPx = extent === null ? layout.plotLeftPx : toPx(scale, extent.toMs);
  return { xPx: Math.min(plotRightPx, Math.max(layout.plotLeftPx, xPx)), yPx };
}
