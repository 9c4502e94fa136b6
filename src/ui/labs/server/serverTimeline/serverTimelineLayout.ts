import {
  axisHeightPx,
  GLYPH_WIDTH_EM,
  LABEL_PADDING_PX,
  markerBandPx,
  MIN_FONT_PX,
  PREFERRED_ROW_PX,
  timelineLayout,
  type TimelineEmphasis,
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
 *
 * The queue lanes scale with the frame too: 30 px at the preferred height, up to 56 px in a tall
 * frame, never under 24 px; their label type is about half a lane (12..22 px).
 */
export const QUEUE_LANE_PX = 30;
const MIN_QUEUE_LANE_PX = 24;
const MAX_QUEUE_LANE_PX = 56;
/** Space between the queue lanes and the first worker lane (a rule is drawn in it). */
export const QUEUE_GAP_PX = 10;
/** The queue lanes' labels, in lane order, and their short forms for a narrow label column. */
export const QUEUE_LABELS = ['waiting at client', 'waiting at server'] as const;
export const QUEUE_SHORT_LABELS = ['at client', 'at server'] as const;
const MAX_QUEUE_FONT_PX = 22;

/** Queue lanes for a canvas `heightPx` tall: 7 % of it, within [24, 56] px. */
export function queueLanePx(heightPx: number): number {
  return Math.min(MAX_QUEUE_LANE_PX, Math.max(MIN_QUEUE_LANE_PX, Math.round(heightPx * 0.07)));
}

/** The queue labels' font for lanes `lanePx` tall: half a lane, 12..22 px (times the theme's). */
export function queueLabelFontPx(lanePx: number, typeScale = 1): number {
  return Math.min(MAX_QUEUE_FONT_PX, Math.max(MIN_FONT_PX, Math.floor(lanePx * 0.5 * typeScale)));
}

export interface ServerTimelineLayout {
  /** For the axis, grid, predicted marker and cursor: its plot spans queue and worker lanes. */
  readonly axis: TimelineLayout;
  /** The worker lanes: rows are workers (ids in order), starting under the queue lanes. */
  readonly workers: TimelineLayout;
  /** Top of each queue lane, in QUEUE_LABELS order. */
  readonly queueTopPx: readonly [number, number];
  readonly queueLaneHeightPx: number;
  readonly queueFontPx: number;
}

export interface ServerLayoutInput {
  readonly workerCount: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Longest worker label, in characters. */
  readonly longestLabelChars: number;
  readonly emphasis?: TimelineEmphasis;
}

export function serverTimelineLayout(input: ServerLayoutInput): ServerTimelineLayout {
  const heightPx = Math.max(0, input.heightPx);
  const lanePx = queueLanePx(heightPx);
  const bandPx = 2 * lanePx + QUEUE_GAP_PX;
  // A queue label is followed by its count at the cursor (up to 6 digits and a gap).
  const queueChars = Math.max(...QUEUE_LABELS.map((l) => l.length + 7));
  const workerInput = {
    rowCount: input.workerCount,
    widthPx: input.widthPx,
    heightPx: Math.max(0, heightPx - bandPx),
    longestLabelChars: Math.max(input.longestLabelChars, queueChars),
    overflow: 'group' as const,
    emphasis: input.emphasis,
  };
  const fitted = timelineLayout(workerInput);
  const queueFontPx = queueLabelFontPx(lanePx, fitted.emphasis.typeScale);
  // The column also fits the queue labels at their own type; on a narrow canvas it is capped
  // (30% of the width) and the queue labels shorten instead (fitQueueLabel).
  const queueColumnPx = Math.ceil(queueChars * queueFontPx * GLYPH_WIDTH_EM) + 2 * LABEL_PADDING_PX;
  const base =
    queueColumnPx > fitted.labelWidthPx
      ? timelineLayout({ ...workerInput, labelWidthPx: queueColumnPx })
      : fitted;
  const plotTopPx = base.plotTopPx;
  return {
    axis: { ...base, heightPx, plotHeightPx: base.plotHeightPx + bandPx },
    workers: { ...base, heightPx, plotTopPx: plotTopPx + bandPx },
    queueTopPx: [plotTopPx, plotTopPx + lanePx],
    queueLaneHeightPx: lanePx,
    queueFontPx,
  };
}

/** A canvas height that gives every worker a full row, within [min, max]. */
export function preferredServerHeightPx(workerCount: number, minPx = 200, maxPx = 600): number {
  const wantedPx =
    axisHeightPx(16) +
    2 * QUEUE_LANE_PX +
    QUEUE_GAP_PX +
    workerCount * PREFERRED_ROW_PX +
    markerBandPx(16);
  return Math.min(maxPx, Math.max(minPx, wantedPx));
}
