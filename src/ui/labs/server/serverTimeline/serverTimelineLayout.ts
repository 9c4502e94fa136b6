import {
  AXIS_HEIGHT_PX,
  MAX_ROW_PX,
  timelineLayout,
  type TimelineLayout,
} from '../../../timeline/index.ts';

/**
 * Where the Server lab's timeline puts its parts, in CSS px: the time axis on top, then two
 * *queue lanes* (requests waiting at the client, and at the server), then one lane per worker.
 *
 * The worker lanes are the shared timeline's rows (timeline/timelineLayout.ts) with one row per
 * worker, so they size and group exactly like the Fan-out timeline: thick rows for a few workers,
 * and below one pixel per worker, consecutive workers share a lane (`rowsPerLane`). Reusing it
 * also reuses the axis, grid, cursor and predicted marker, which take a TimelineLayout.
 */
export const QUEUE_LANE_PX = 30;
/** Space between the queue lanes and the first worker lane (a rule is drawn in it). */
export const QUEUE_GAP_PX = 10;
export const QUEUE_BAND_PX = 2 * QUEUE_LANE_PX + QUEUE_GAP_PX;
/** The queue lanes' labels, in lane order. */
export const QUEUE_LABELS = ['waiting at client', 'waiting at server'] as const;
export const QUEUE_LABEL_FONT_PX = 15;

export interface ServerTimelineLayout {
  /** For the axis, grid, predicted marker and cursor: its plot spans queue and worker lanes. */
  readonly axis: TimelineLayout;
  /** The worker lanes: rows are workers (ids in order), starting under the queue lanes. */
  readonly workers: TimelineLayout;
  /** Top of each queue lane, in QUEUE_LABELS order. */
  readonly queueTopPx: readonly [number, number];
  readonly queueLaneHeightPx: number;
}

export interface ServerLayoutInput {
  readonly workerCount: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Longest worker label, in characters. */
  readonly longestLabelChars: number;
}

export function serverTimelineLayout(input: ServerLayoutInput): ServerTimelineLayout {
  const heightPx = Math.max(0, input.heightPx);
  const base = timelineLayout({
    rowCount: input.workerCount,
    widthPx: input.widthPx,
    heightPx: Math.max(0, heightPx - QUEUE_BAND_PX),
    // A queue label is followed by its count at the cursor (up to 6 digits and a gap).
    longestLabelChars: Math.max(input.longestLabelChars, ...QUEUE_LABELS.map((l) => l.length + 7)),
    overflow: 'group',
  });
  const plotTopPx = base.plotTopPx;
  return {
    axis: { ...base, heightPx, plotHeightPx: base.plotHeightPx + QUEUE_BAND_PX },
    workers: { ...base, heightPx, plotTopPx: plotTopPx + QUEUE_BAND_PX },
    queueTopPx: [plotTopPx, plotTopPx + QUEUE_LANE_PX],
    queueLaneHeightPx: QUEUE_LANE_PX,
  };
}

/** A canvas height that gives every worker a full row, within [min, max]. */
export function preferredServerHeightPx(workerCount: number, minPx = 200, maxPx = 600): number {
  const wantedPx = AXIS_HEIGHT_PX + QUEUE_BAND_PX + workerCount * MAX_ROW_PX + 8;
  return Math.min(maxPx, Math.max(minPx, wantedPx));
}
