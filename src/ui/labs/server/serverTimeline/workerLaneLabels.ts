import type { Palette } from '../../../palette.ts';
import {
  canvasFont,
  type CanvasLike,
  laneTopPx,
  type TimelineLayout,
} from '../../../timeline/index.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { serverShapeText, workerLabel } from './workerLabels.ts';

const LABEL_LEFT_PX = 12;
/** A process group this many text lines tall gets its name and a rule above it. */
const NAMED_GROUP_LINES = 2;
const MIN_RULED_GROUP_PX = 6;

/**
 * Names the worker lanes. Lanes tall enough to read get one label each (`process 2 · thread 1`);
 * thinner ones get, per process, its name and size at the top of its group, or when even those
 * groups are too thin, one line for the whole server. A rule parts the processes, so a gevent
 * server's two groups of 50 greenlets read as two processes.
 */
export function drawWorkerLaneLabels(
  ctx: CanvasLike,
  data: ServerTimelineData,
  layout: TimelineLayout,
  palette: Palette,
  dpr: number,
): void {
  const maxWidthDevPx = (layout.labelWidthPx - 2 * LABEL_LEFT_PX) * dpr;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const groupPx = (data.workersPerProcess / layout.rowsPerLane) * layout.laneHeightPx;
  const fontPx = layout.axisFontPx;
  const lineHeightPx = fontPx * 1.4;
  const plotBottomPx = layout.plotTopPx + layout.plotHeightPx;

  if (data.processes > 1 && groupPx >= MIN_RULED_GROUP_PX) {
    ctx.fillStyle = palette.mutedText;
    for (let p = 1; p < data.processes; p += 1) {
      const yPx = layout.plotTopPx + p * groupPx;
      if (yPx >= plotBottomPx) break;
      ctx.fillRect(0, Math.round(yPx * dpr), layout.widthPx * dpr, Math.max(1, Math.round(dpr)));
    }
  }

  // One label per lane only when every lane has room for one (labelStride 1).
  if (layout.labelStride === 1) {
    ctx.font = canvasFont(layout.rowLabelFontPx, dpr);
    ctx.fillStyle = palette.text;
    for (let lane = layout.firstLane; lane < layout.endLane; lane += 1) {
      const yPx = laneTopPx(layout, lane) + layout.laneHeightPx / 2;
      ctx.fillText(
        workerLabel(data, lane),
        LABEL_LEFT_PX * dpr,
        Math.round(yPx * dpr),
        maxWidthDevPx,
      );
    }
    return;
  }

  // Said only when lanes are shared: a row per worker is what every other timeline shows too.
  const perRow =
    layout.rowsPerLane === 1 ? null : `${layout.rowsPerLane} ${data.workerKind}s per row`;
  ctx.font = canvasFont(fontPx, dpr);
  const line = (text: string, yPx: number, colour: string): void => {
    ctx.fillStyle = colour;
    ctx.fillText(text, LABEL_LEFT_PX * dpr, Math.round(yPx * dpr), maxWidthDevPx);
  };
  if (data.processes > 1 && groupPx >= NAMED_GROUP_LINES * lineHeightPx) {
    const size = `${data.workersPerProcess} ${data.workerKind}s`;
    for (let p = 0; p < data.processes; p += 1) {
      const topPx = layout.plotTopPx + p * groupPx;
      if (topPx + 2 * lineHeightPx > plotBottomPx) break;
      line(`process ${p + 1}`, topPx + lineHeightPx / 2, palette.text);
      const detail = p === 0 && perRow !== null ? `${size}, ${perRow}` : size;
      line(detail, topPx + 1.5 * lineHeightPx, palette.mutedText);
    }
    return;
  }
  line(serverShapeText(data), layout.plotTopPx + lineHeightPx / 2, palette.text);
  if (perRow !== null) line(perRow, layout.plotTopPx + 1.5 * lineHeightPx, palette.mutedText);
}
