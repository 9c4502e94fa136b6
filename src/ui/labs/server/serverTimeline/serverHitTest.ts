import {
  HIT_SLOP_PX,
  laneAtPx,
  laneTopPx,
  pxPerMs,
  type TimeScale,
  toMs,
  toPx,
} from '../../../timeline/index.ts';
import { firstOfWorker, type LaneOrder } from './laneOrder.ts';
import { queueAt, type ServerQueues } from './queueSteps.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import type { ServerTimelineLayout } from './serverTimelineLayout.ts';

/** What the pointer is over: a request's served bar, or a queue lane at some instant. */
export type ServerHit =
  | { readonly kind: 'request'; readonly index: number }
  | {
      readonly kind: 'queue';
      readonly queue: 'client' | 'server';
      readonly atMs: number;
      readonly count: number;
    };

export interface HitInput {
  readonly layout: ServerTimelineLayout;
  readonly scale: TimeScale;
  readonly data: ServerTimelineData;
  readonly order: LaneOrder;
  readonly queues: ServerQueues;
  readonly nowMs: number;
}

/**
 * The request or queue under the pointer (CSS px relative to the canvas), or null. In a worker
 * lane: the first of its requests (by worker, then start) whose drawn bar, widened by
 * HIT_SLOP_PX, contains x. In a queue lane: how many waited at that instant (up to the cursor).
 * O(requests in one lane).
 */
export function serverHitTest(input: HitInput, xPx: number, yPx: number): ServerHit | null {
  const { layout, scale, data, order, nowMs } = input;
  const { axis } = layout;
  if (xPx < axis.plotLeftPx - HIT_SLOP_PX || xPx > axis.plotLeftPx + axis.plotWidthPx) return null;
  const atMs = Math.max(0, toMs(scale, xPx));
  const queueIndex = layout.queueTopPx.findIndex(
    (top) => yPx >= top && yPx < top + layout.queueLaneHeightPx,
  );
  if (queueIndex >= 0) {
    if (atMs > nowMs) return null;
    const queue = queueIndex === 0 ? 'client' : 'server';
    return { kind: 'queue', queue, atMs, count: queueAt(input.queues[queue], atMs) };
  }
  const lane = laneAtPx(layout.workers, yPx);
  if (lane === null) return null;
  const firstWorker = lane * layout.workers.rowsPerLane;
  const endWorker = Math.min(data.workerCount, firstWorker + layout.workers.rowsPerLane);
  const slopMs = HIT_SLOP_PX / pxPerMs(scale);
  for (let p = firstOfWorker(order, firstWorker); p < order.indices.length; p += 1) {
    if ((order.workers[p] as number) >= endWorker) break;
    const i = order.indices[p] as number;
    const startMs = data.startedAtMs[i] as number;
    if (!(startMs <= nowMs)) continue;
    const endMs = Math.min(data.freedAtMs[i] as number, nowMs);
    if (atMs >= startMs - slopMs && atMs <= endMs + slopMs) return { kind: 'request', index: i };
  }
  return null;
}

/**
 * Where a keyboard-selected request's tooltip points (CSS px): the end of its drawn bar on its
 * worker's lane, or the start of the worker lanes when it has no worker yet.
 */
export function requestAnchorPx(input: HitInput, index: number): { xPx: number; yPx: number } {
  const { layout, scale, data, nowMs } = input;
  const workers = layout.workers;
  const worker = data.worker[index] ?? -1;
  const startMs = data.startedAtMs[index] ?? Infinity;
  if (worker < 0 || !(startMs <= nowMs)) {
    return { xPx: workers.plotLeftPx, yPx: workers.plotTopPx };
  }
  const lane = Math.floor(worker / workers.rowsPerLane);
  const endMs = Math.min(data.freedAtMs[index] ?? Infinity, nowMs);
  const plotRightPx = workers.plotLeftPx + workers.plotWidthPx;
  const xPx = Math.min(plotRightPx, Math.max(workers.plotLeftPx, toPx(scale, endMs)));
  return { xPx, yPx: laneTopPx(workers, lane) + workers.laneHeightPx / 2 };
}
