import {
  axisFontPx,
  axisHeightPx,
  DEFAULT_EMPHASIS,
  markerBandPx,
  maxRowPx,
  MIN_FONT_PX,
  PREFERRED_ROW_PX,
  rowLabelFontPx,
  type TimelineEmphasis,
} from './timelineSizing.ts';

/**
 * Where the timeline's parts go on the canvas, in CSS pixels: a label column on the left, a time
 * axis on top, and the plot: one row per timeline row (local work rows first, then one per call).
 *
 * Row sizing (timelineSizing.ts). Rows shrink to fit the plot's height, from a quarter of the plot
 * (at most ROW_CAP_PX: a few calls fill the frame with thick bars that read from the back of a
 * lecture hall) down to 1 px; the axis type grows with the frame and the label type with the row. Below 1 px per row there are two choices:
 * - `group` (the default, what a projector needs): consecutive rows share a *lane* at least 1 px
 *   tall, `rowsPerLane` of them, and the renderer merges their spans per pixel column. The whole
 *   run stays in view, so the shape of a 100,000-call run is visible at once.
 * - `scroll`: rows keep MIN_SCROLL_ROW_PX and the plot scrolls vertically (`scrollTopPx`); only
 *   the lanes in view are drawn.
 * In both, a lane holds `rowsPerLane` rows (1 unless grouped) and only lanes in
 * [firstLane, endLane) are visible, so drawing costs O(visible lanes), never O(calls).
 */
export type RowOverflow = 'group' | 'scroll';

/** Thinnest row in `scroll` mode. */
export const MIN_SCROLL_ROW_PX = 3;
/** Thinnest lane in `group` mode: one CSS pixel (two device pixels on high-DPI screens). */
export const MIN_GROUP_LANE_PX = 1;
/** Rows at least this tall carry their own label; thinner ones label every Nth row. */
export const MIN_LABELLED_ROW_PX = 16;
/** Labels of every Nth row are at least this far apart (CSS px), so they never touch. */
const STRIDE_LABEL_PITCH_PX = 1.5 * MIN_FONT_PX;
const PLOT_RIGHT_PADDING_PX = 24;
export const LABEL_PADDING_PX = 12;
/** Average glyph width of the label font as a fraction of its size (system-ui, semibold). */
export const GLYPH_WIDTH_EM = 0.6;
/** The label column takes at most this share of the canvas's width. */
const MAX_LABEL_SHARE = 0.3;

export interface LayoutInput {
  /** Work rows + call rows. */
  readonly rowCount: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Longest row label or legend entry, in characters (sizes the label column). */
  readonly longestLabelChars: number;
  readonly overflow?: RowOverflow;
  /** Vertical scroll of the plot (`scroll` mode only); clamped to [0, maxScrollTopPx]. */
  readonly scrollTopPx?: number;
  /**
   * Forces the label column's width instead of sizing it from the labels (still at most 30% of
   * the width), so that stacked timelines of the same width share one time axis exactly.
   */
  readonly labelWidthPx?: number;
  /** The theme's type, bar and line emphasis (projector: larger, fuller, bolder). */
  readonly emphasis?: TimelineEmphasis;
}

export interface TimelineLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rowCount: number;
  readonly labelWidthPx: number;
  readonly axisHeightPx: number;
  /** Tick labels (and the marker labels and the legend) in CSS px. */
  readonly axisFontPx: number;
  readonly plotLeftPx: number;
  readonly plotTopPx: number;
  readonly plotWidthPx: number;
  readonly plotHeightPx: number;
  /** Under the plot: the band that holds the "predicted" label, clear of the bars. */
  readonly markerBandPx: number;
  /** Rows sharing one lane: 1 means one row per call; more means merged (group mode). */
  readonly rowsPerLane: number;
  readonly laneCount: number;
  readonly laneHeightPx: number;
  /** Label font size for row labels, or 0 when rows are merged (a separate key is drawn). */
  readonly rowLabelFontPx: number;
  /**
   * Which rows carry a label, aligned to the row: every row (1), every Nth row when rows are too
   * thin for one label each (N > 1, each with its colour swatch), or none (0: merged lanes).
   */
  readonly labelStride: number;
  readonly emphasis: TimelineEmphasis;
  readonly scrollTopPx: number;
  readonly maxScrollTopPx: number;
  /** Visible lanes: [firstLane, endLane). */
  readonly firstLane: number;
  readonly endLane: number;
}

/** The legend's first line when rows are merged, e.g. "20 calls per row". */
export function groupedRowsLabel(rowsPerLane: number): string {
  return `${rowsPerLane} calls per row`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * A canvas height that gives `rowCount` rows PREFERRED_ROW_PX each with a 16 px axis, within
 * [min, max]. A frame sized by the page (a slide, a phone) may be taller: rows then grow.
 */
export function preferredHeightPx(rowCount: number, minPx = 160, maxPx = 560): number {
  const wantedPx = axisHeightPx(16) + rowCount * PREFERRED_ROW_PX + markerBandPx(16);
  return clamp(wantedPx, minPx, maxPx);
}

/** Width of a label column for `chars` characters at `fontPx` (plus `extraEm` for a swatch). */
function columnPx(chars: number, fontPx: number, extraEm = 0): number {
  return Math.ceil((chars + extraEm) * fontPx * GLYPH_WIDTH_EM) + 2 * LABEL_PADDING_PX;
}

export function timelineLayout(input: LayoutInput): TimelineLayout {
  const emphasis = input.emphasis ?? DEFAULT_EMPHASIS;
  const rowCount = Math.max(0, Math.floor(input.rowCount));
  const widthPx = Math.max(0, input.widthPx);
  const heightPx = Math.max(0, input.heightPx);
  const axisFont = axisFontPx(widthPx, heightPx, emphasis);
  const axisPx = axisHeightPx(axisFont);
  const bandPx = markerBandPx(axisFont);
  const plotTopPx = axisPx;
  const plotHeightPx = Math.max(0, heightPx - axisPx - bandPx);

  const rowCapPx = maxRowPx(plotHeightPx);
  const fitPx = rowCount > 0 ? plotHeightPx / rowCount : rowCapPx;
  let rowsPerLane = 1;
  let laneHeightPx = Math.min(rowCapPx, fitPx);
  if (input.overflow === 'scroll' && fitPx < MIN_SCROLL_ROW_PX) {
    laneHeightPx = MIN_SCROLL_ROW_PX;
  } else if (input.overflow !== 'scroll' && fitPx < MIN_GROUP_LANE_PX) {
    rowsPerLane = Math.ceil(rowCount / Math.max(1, Math.floor(plotHeightPx / MIN_GROUP_LANE_PX)));
    laneHeightPx = plotHeightPx / Math.ceil(rowCount / rowsPerLane);
  }
  const laneCount = Math.ceil(rowCount / rowsPerLane);

  const maxScrollTopPx = Math.max(0, laneCount * laneHeightPx - plotHeightPx);
  const scrollTopPx = clamp(input.scrollTopPx ?? 0, 0, maxScrollTopPx);
  const firstLane = laneHeightPx > 0 ? Math.floor(scrollTopPx / laneHeightPx) : 0;
  const endLane =
    laneHeightPx > 0
      ? Math.min(laneCount, Math.ceil((scrollTopPx + plotHeightPx) / laneHeightPx))
      : 0;

  // Labels: one per row when rows are tall enough, else every Nth row (with a swatch, since a
  // thin row's colour is hard to match by eye), else (merged lanes) a separate key.
  const labelStride =
    rowsPerLane > 1
      ? 0
      : laneHeightPx >= MIN_LABELLED_ROW_PX
        ? 1
        : Math.max(1, Math.ceil(STRIDE_LABEL_PITCH_PX / Math.max(laneHeightPx, 1e-9)));
  const swatchEm = labelStride > 1 ? 2 : 0;
  const maxColumnPx = Math.max(64, widthPx * MAX_LABEL_SHARE);
  const columnCapPx =
    input.labelWidthPx !== undefined ? clamp(input.labelWidthPx, 64, maxColumnPx) : maxColumnPx;
  const fitsColumnPx =
    (columnCapPx - 2 * LABEL_PADDING_PX) /
    (Math.max(1, input.longestLabelChars + swatchEm) * GLYPH_WIDTH_EM);
  const rowLabelFont =
    labelStride === 0
      ? 0
      : labelStride === 1
        ? rowLabelFontPx(laneHeightPx, fitsColumnPx, emphasis)
        : Math.floor(MIN_FONT_PX * emphasis.typeScale);
  // The key for merged lanes draws a swatch before each name (two more glyphs) and starts with
  // how many calls share a row.
  const labelWidthPx =
    input.labelWidthPx !== undefined
      ? columnCapPx
      : clamp(
          labelStride > 0
            ? columnPx(input.longestLabelChars, rowLabelFont, swatchEm)
            : columnPx(
                Math.max(input.longestLabelChars + 2, groupedRowsLabel(rowsPerLane).length),
                axisFont,
              ),
          64,
          maxColumnPx,
        );
  const plotLeftPx = Math.min(widthPx, labelWidthPx);
  return {
    widthPx,
    heightPx,
    rowCount,
    labelWidthPx,
    axisHeightPx: axisPx,
    axisFontPx: axisFont,
    plotLeftPx,
    plotTopPx,
    plotWidthPx: Math.max(0, widthPx - plotLeftPx - PLOT_RIGHT_PADDING_PX),
    plotHeightPx,
    markerBandPx: bandPx,
    rowsPerLane,
    laneCount,
    laneHeightPx,
    rowLabelFontPx: rowLabelFont,
    labelStride,
    emphasis,
    scrollTopPx,
    maxScrollTopPx,
    firstLane,
    endLane,
  };
}

/** The top of lane `lane` in CSS px (may lie outside the plot when scrolled). */
export function laneTopPx(layout: TimelineLayout, lane: number): number {
  return layout.plotTopPx + lane * layout.laneHeightPx - layout.scrollTopPx;
}

/** The lane under `yPx`, or null outside the plot's rows. */
export function laneAtPx(layout: TimelineLayout, yPx: number): number | null {
  if (yPx < layout.plotTopPx || yPx >= layout.plotTopPx + layout.plotHeightPx) return null;
  if (layout.laneHeightPx <= 0) return null;
  const lane = Math.floor((yPx - layout.plotTopPx + layout.scrollTopPx) / layout.laneHeightPx);
  return lane >= 0 && lane < layout.laneCount ? lane : null;
}
