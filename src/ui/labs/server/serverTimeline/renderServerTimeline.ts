import type { Palette } from '../../../palette.ts';
import {
  type CanvasLike,
  drawNowCursor,
  drawPredictedMarker,
  drawRowHighlight,
  drawTimeAxis,
  RectBatch,
  RunMerger,
} from '../../../timeline/index.ts';
import type { LaneOrder } from './laneOrder.ts';
import { drawQueueLanes } from './queueLanes.ts';
import type { ServerQueues } from './queueSteps.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import type { ServerTimelineGeometry } from './serverTimelineGeometry.ts';
import { QUEUE_GAP_PX } from './serverTimelineLayout.ts';
import { collectWorkerBars } from './workerLaneBars.ts';
import { drawWorkerLaneLabels } from './workerLaneLabels.ts';

/** Everything one frame of the Server lab's timeline depends on. */
export interface ServerTimelineFrame extends ServerTimelineGeometry {
  readonly data: ServerTimelineData;
  /** Built from `data` once per version (see laneOrder.ts and queueSteps.ts). */
  readonly order: LaneOrder;
  readonly queues: ServerQueues;
  /** The cursor: everything is clipped here. Infinity shows every known instant and no cursor. */
  readonly nowMs: number;
  readonly predictedMakespanMs: number | null;
  readonly palette: Palette;
  readonly devicePixelRatio: number;
  /** Request whose worker lane is highlighted (keyboard selection), or null. */
  readonly highlightRequest: number | null;
}

// Reused across frames: no allocation proportional to the requests.
const bars = new RectBatch();
const cuts = new RectBatch();
const merger = new RunMerger();

/**
 * Draws one frame on `ctx`, whose backing store is the canvas's CSS size times the device pixel
 * ratio. Pure apart from the canvas. Order: background, axis and grid, queue lanes, the rule
 * under them, highlight, worker labels, served bars and their cuts, predicted marker, cursor.
 * The axis, grid, highlight, marker and cursor are the Fan-out timeline's own drawing functions.
 */
export function renderServerTimeline(ctx: CanvasLike, frame: ServerTimelineFrame): void {
  const { data, layout, scale, palette } = frame;
  const dpr = frame.devicePixelRatio;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  ctx.fillStyle = palette.background;
  ctx.fillRect(0, 0, Math.round(layout.axis.widthPx * dpr), Math.round(layout.axis.heightPx * dpr));

  drawTimeAxis(ctx, layout.axis, scale, palette, dpr);
  drawQueueLanes(
    ctx,
    layout,
    scale,
    [frame.queues.client, frame.queues.server],
    frame.nowMs,
    palette,
    dpr,
  );
  ctx.fillStyle = palette.mutedText;
  const ruleYPx = layout.workers.plotTopPx - QUEUE_GAP_PX / 2;
  ctx.fillRect(
    0,
    Math.round(ruleYPx * dpr),
    layout.axis.widthPx * dpr,
    Math.max(1, Math.round(dpr)),
  );

  const highlight = frame.highlightRequest;
  const highlightWorker = highlight === null ? -1 : (data.worker[highlight] ?? -1);
  if (highlightWorker >= 0 && (data.startedAtMs[highlight as number] as number) <= frame.nowMs) {
    drawRowHighlight(ctx, layout.workers, highlightWorker, palette, dpr);
  }
  drawWorkerLaneLabels(ctx, data, layout.workers, palette, dpr);

  bars.clear();
  cuts.clear();
  collectWorkerBars(
    {
      data,
      order: frame.order,
      layout: layout.workers,
      scale,
      nowMs: frame.nowMs,
      devicePixelRatio: dpr,
    },
    bars,
    cuts,
    merger,
  );
  ctx.globalAlpha = 1;
  ctx.fillStyle = serverTimelineColours(palette).served;
  bars.forEach((x, y, w, h) => ctx.fillRect(x, y, w, h));
  if (cuts.length > 0) {
    ctx.fillStyle = palette.background;
    cuts.forEach((x, y, w, h) => ctx.fillRect(x, y, w, h));
  }

  if (frame.predictedMakespanMs !== null) {
    drawPredictedMarker(ctx, layout.axis, scale, frame.predictedMakespanMs, palette, dpr);
  }
  drawNowCursor(ctx, layout.axis, scale, frame.nowMs, palette, dpr);
}
