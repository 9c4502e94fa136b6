import {
  barInsetDevPx,
  laneTopPx,
  pxPerMs,
  RectBatch,
  RunMerger,
  type TimelineLayout,
  type TimeScale,
} from '../../../timeline/index.ts';
import { firstOfWorker, type LaneOrder } from './laneOrder.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';

/** A bar at least this wide (device px) gets a 1 px cut at its start, so back-to-back requests part. */
const MIN_CUT_BAR_DEV_PX = 4;

export interface WorkerBarsInput {
  readonly data: ServerTimelineData;
  readonly order: LaneOrder;
  /** The worker lanes (rows are workers). */
  readonly layout: TimelineLayout;
  readonly scale: TimeScale;
  readonly nowMs: number;
  readonly devicePixelRatio: number;
}

/**
 * The served bars of the visible worker lanes as device-pixel rectangles: each request is served
 * on [start, min(freed, now)), and bars of one lane that overlap or touch merge into one run
 * (RunMerger), so a lane costs a few rectangles whatever its number of requests. Where a lane is
 * one worker, each bar wide enough also gets a `cut` at its start (drawn in the background
 * colour), so that a worker's back-to-back requests read as separate bars.
 */
export function collectWorkerBars(
  input: WorkerBarsInput,
  bars: RectBatch,
  cuts: RectBatch,
  merger: RunMerger,
): void {
  const { data, order, layout, nowMs } = input;
  const dpr = input.devicePixelRatio;
  if (layout.plotWidthPx <= 0 || layout.laneHeightPx <= 0) return;
  const msToDevPx = pxPerMs(input.scale) * dpr;
  const zeroDevPx = input.scale.rangeStartPx * dpr - input.scale.domainStartMs * msToDevPx;
  const leftDevPx = Math.round(layout.plotLeftPx * dpr);
  const rightDevPx = Math.round((layout.plotLeftPx + layout.plotWidthPx) * dpr);
  const topDevPx = Math.round(layout.plotTopPx * dpr);
  const bottomDevPx = Math.round((layout.plotTopPx + layout.plotHeightPx) * dpr);
  const perLane = layout.rowsPerLane;
  const cutDevPx = Math.max(1, Math.round(dpr));

  for (let lane = layout.firstLane; lane < layout.endLane; lane += 1) {
    const yTop = Math.max(topDevPx, Math.round(laneTopPx(layout, lane) * dpr));
    const yBottom = Math.min(bottomDevPx, Math.round(laneTopPx(layout, lane + 1) * dpr));
    if (yBottom <= yTop) continue;
    const laneDevPx = yBottom - yTop;
    const insetPx = barInsetDevPx(laneDevPx, dpr, layout.emphasis.barFill);
    const barTop = yTop + insetPx;
    const barHeight = laneDevPx - 2 * insetPx;
    const firstWorker = lane * perLane;
    const endWorker = Math.min(data.workerCount, firstWorker + perLane);
    merger.begin(1);
    for (let p = firstOfWorker(order, firstWorker); p < order.indices.length; p += 1) {
      if ((order.workers[p] as number) >= endWorker) break;
      const i = order.indices[p] as number;
      const startMs = data.startedAtMs[i] as number;
      if (!(startMs <= nowMs)) continue;
      // The worker's side: a live response still on its way to the client no longer holds it.
      const endMs = Math.min(data.freedAtMs[i] as number, nowMs);
      let x0 = Math.round(zeroDevPx + startMs * msToDevPx);
      let x1 = Math.round(zeroDevPx + endMs * msToDevPx);
      if (x0 >= rightDevPx || x1 < leftDevPx) continue;
      if (x0 < leftDevPx) x0 = leftDevPx;
      if (x1 > rightDevPx) x1 = rightDevPx;
      if (x1 <= x0) x1 = x0 + 1;
      merger.add(0, x0, x1);
      if (perLane === 1 && x1 - x0 >= MIN_CUT_BAR_DEV_PX && x0 > leftDevPx) {
        cuts.push(x0, barTop, cutDevPx, barHeight);
      }
    }
    merger.flush((_style, x0, x1) => bars.push(x0, barTop, x1 - x0, barHeight));
  }
}
