import {
  longestLabelChars,
  preferredHeightPx,
  type TimelineData,
  timelineLayout,
} from '../../timeline/index.ts';

/** The frame's border, top and bottom (timeline.css): the canvas is this much shorter. */
const FRAME_BORDERS_PX = 2;

/**
 * One label column width for every lane group, so that stacked canvases of one width share their
 * time axis to the pixel. It is the widest column any lane would choose alone (offload's
 * "local work" row is often the longest label), at the height TimelineCanvas gives that lane; the
 * layout still caps it at 30% of the canvas width, the same for every lane.
 */
export function sharedLabelWidthPx(lanes: readonly TimelineData[]): number {
  let widestPx = 0;
  for (const data of lanes) {
    const rowCount = data.work.length + data.count;
    const layout = timelineLayout({
      rowCount,
      // Unbounded here: the cap applies per canvas, where the width is known.
      widthPx: Number.MAX_SAFE_INTEGER,
      heightPx: preferredHeightPx(rowCount) - FRAME_BORDERS_PX,
      longestLabelChars: longestLabelChars(data),
    });
    widestPx = Math.max(widestPx, layout.labelWidthPx);
  }
  return widestPx;
}
