import type { Palette } from '../../../palette.ts';
import { canvasFont, type CanvasLike, pxPerMs, type TimeScale } from '../../../timeline/index.ts';
import { queueAt, queueColumns, type QueueSteps } from './queueSteps.ts';
import { serverTimelineColours } from './serverTimelineColours.ts';
import { fitQueueLabel } from './fitQueueLabel.ts';
import {
  QUEUE_LABELS,
  QUEUE_SHORT_LABELS,
  type ServerTimelineLayout,
} from './serverTimelineLayout.ts';

const LABEL_LEFT_PX = 12;
const LANE_INSET_PX = 3;

// Reused from frame to frame (one frame is drawn at a time).
let columns = new Float32Array(0);

/**
 * The two queue lanes: how many requests wait at the client and at the server over time, as a
 * filled step area up to the cursor whose height is the count relative to the lane's peak. The
 * label column names the lane and gives the count at the cursor, so the number moves with it;
 * in a narrow column the name shortens, then the count goes (fitQueueLabel), never overlapping.
 */
export function drawQueueLanes(
  ctx: CanvasLike,
  layout: ServerTimelineLayout,
  scale: TimeScale,
  queues: readonly [QueueSteps, QueueSteps],
  nowMs: number,
  palette: Palette,
  dpr: number,
): void {
  const { axis } = layout;
  const colours = serverTimelineColours(palette);
  const fills = [
    { colour: colours.atClient, alpha: colours.atClientAlpha },
    { colour: colours.atServer, alpha: colours.atServerAlpha },
  ];
  const leftDevPx = Math.round(axis.plotLeftPx * dpr);
  const widthDevPx = Math.max(
    0,
    Math.round((axis.plotLeftPx + axis.plotWidthPx) * dpr) - leftDevPx,
  );
  if (columns.length < widthDevPx) columns = new Float32Array(widthDevPx);
  const out = columns.subarray(0, widthDevPx);
  const msToDevPx = pxPerMs(scale) * dpr;
  const zeroDevPx = scale.rangeStartPx * dpr - scale.domainStartMs * msToDevPx;
  const lastMs = Number.isFinite(nowMs) ? nowMs : scale.domainEndMs;

  queues.forEach((steps, q) => {
    const topPx = layout.queueTopPx[q] as number;
    const bottomDevPx = Math.round((topPx + layout.queueLaneHeightPx - LANE_INSET_PX) * dpr);
    const heightDevPx = Math.round((layout.queueLaneHeightPx - 2 * LANE_INSET_PX) * dpr);
    // The lane's floor: where zero sits.
    ctx.globalAlpha = 1;
    ctx.fillStyle = palette.grid;
    ctx.fillRect(leftDevPx, bottomDevPx, widthDevPx, Math.max(1, Math.round(dpr)));

    const fill = fills[q] as { colour: string; alpha: number };
    if (steps.peak > 0 && widthDevPx > 0) {
      queueColumns(steps, nowMs, zeroDevPx, msToDevPx, leftDevPx, out);
      ctx.fillStyle = fill.colour;
      ctx.globalAlpha = fill.alpha;
      let runStart = 0;
      for (let x = 1; x <= widthDevPx; x += 1) {
        if (x < widthDevPx && out[x] === out[runStart]) continue;
        const count = out[runStart] as number;
        if (count > 0) {
          const h = Math.max(1, Math.round((count / steps.peak) * heightDevPx));
          ctx.fillRect(leftDevPx + runStart, bottomDevPx - h, x - runStart, h);
        }
        runStart = x;
      }
      ctx.globalAlpha = 1;
    }

    const midDevPx = Math.round((topPx + layout.queueLaneHeightPx / 2) * dpr);
    ctx.font = canvasFont(layout.queueFontPx, dpr);
    ctx.textBaseline = 'middle';
    ctx.fillStyle = palette.text;
    ctx.textAlign = 'left';
    const countRightPx = axis.plotLeftPx - LABEL_LEFT_PX / 2;
    const text = fitQueueLabel(
      QUEUE_LABELS[q] ?? '',
      QUEUE_SHORT_LABELS[q] ?? '',
      queueAt(steps, lastMs),
      countRightPx - LABEL_LEFT_PX,
      (t) => ctx.measureText(t).width / dpr,
    );
    ctx.fillText(text.label, LABEL_LEFT_PX * dpr, midDevPx, (countRightPx - LABEL_LEFT_PX) * dpr);
    if (text.count !== null) {
      ctx.textAlign = 'right';
      ctx.fillText(text.count, countRightPx * dpr, midDevPx);
      ctx.textAlign = 'left';
    }
  });
}
