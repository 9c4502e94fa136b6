/**
 * Where the timeline's parts go on the canvas, in CSS pixels: a label column on the left, a time
 * axis on top, and the plot: one row per timeline row (local work rows first, then one per call).
 *
 * Row sizing. Rows shrink to fit the plot's height, from MAX_ROW_PX (few calls: thick bars that
 * read from the back of a lecture hall) down to 1 px. Below 1 px per row there are two choices:
 * - `group` (the default, what a projector needs): consecutive rows share a *lane* at least 1 px
 *   tall, `rowsPerLane` of them, and the renderer merges their spans per pixel column. The whole
 *   run stays in view, so the shape of a 100,000-call run is visible at once.
 * - `scroll`: rows keep MIN_SCROLL_ROW_PX and the plot scrolls vertically (`scrollTopPx`); only
 *   the lanes in view are drawn.
 * In both, a lane holds `rowsPerLane` rows (1 unless grouped) and only lanes in
 * [firstLane, endLane) are visible, so drawing costs O(visible lanes), never O(calls).
 */
export type RowOverflow = 'group' | 'scroll';

/** Thickest row: big enough for a 20 px label and a bar visible across a hall. */
export const MAX_ROW_PX = 36;
/** Thinnest row in `scroll` mode. */
export const MIN_SCROLL_ROW_PX = 3;
/** Thinnest lane in `group` mode: one CSS pixel (two device pixels on high-DPI screens). */
export const MIN_GROUP_LANE_PX = 1;
/** Rows at least this tall carry their own label; thinner ones get a colour legend instead. */
export const MIN_LABELLED_ROW_PX = 16;
export const AXIS_HEIGHT_PX = 36;
export const TICK_FONT_PX = 16;
export const LEGEND_FONT_PX = 16;
const PLOT_RIGHT_PADDING_PX = 24;
const PLOT_BOTTOM_PADDING_PX = 8;
const LABEL_PADDING_PX = 12;
/** Average glyph width of the label font as a fraction of its size (system-ui, semibold). */
const GLYPH_WIDTH_EM = 0.6;

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
}

export interface TimelineLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rowCount: number;
  readonly labelWidthPx: number;
  readonly axisHeightPx: number;
  readonly plotLeftPx: number;
  readonly plotTopPx: number;
  readonly plotWidthPx: number;
  readonly plotHeightPx: number;
  /** Rows sharing one lane: 1 means one row per call; more means merged (group mode). */
  readonly rowsPerLane: number;
  readonly laneCount: number;
  readonly laneHeightPx: number;
  /** Label font size for per-row labels, or 0 when rows are too thin (a legend is drawn). */
  readonly rowLabelFontPx: number;
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

/** A canvas height that gives `rowCount` rows their full MAX_ROW_PX, within [min, max]. */
export function preferredHeightPx(rowCount: number, minPx = 160, maxPx = 560): number {
  const wantedPx = AXIS_HEIGHT_PX + rowCount * MAX_ROW_PX + PLOT_BOTTOM_PADDING_PX;
  return clamp(wantedPx, minPx, maxPx);
}

export function timelineLayout(input: LayoutInput): TimelineLayout {
  const rowCount = Math.max(0, Math.floor(input.rowCount));
  const widthPx = Math.max(0, input.widthPx);
  const heightPx = Math.max(0, input.heightPx);
  const plotTopPx = AXIS_HEIGHT_PX;
  const plotHeightPx = Math.max(0, heightPx - AXIS_HEIGHT_PX - PLOT_BOTTOM_PADDING_PX);

  const fitPx = rowCount > 0 ? plotHeightPx / rowCount : MAX_ROW_PX;
  let rowsPerLane = 1;
  let laneHeightPx = Math.min(MAX_ROW_PX, fitPx);
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

  const rowLabelFontPx =
    rowsPerLane === 1 && laneHeightPx >= MIN_LABELLED_ROW_PX
      ? clamp(Math.floor(laneHeightPx * 0.56), 13, 20)
      : 0;
  const labelFontPx = rowLabelFontPx > 0 ? rowLabelFontPx : LEGEND_FONT_PX;
  // The legend draws a swatch before each name (two more glyphs) and, when rows are merged,
  // starts with how many calls share a row.
  const labelChars =
    rowLabelFontPx > 0
      ? input.longestLabelChars
      : Math.max(
          input.longestLabelChars + 2,
          rowsPerLane > 1 ? groupedRowsLabel(rowsPerLane).length : 0,
        );
  const labelWidthPx = clamp(
    input.labelWidthPx ??
      Math.ceil(labelChars * labelFontPx * GLYPH_WIDTH_EM) + 2 * LABEL_PADDING_PX,
    64,
    Math.max(64, widthPx * 0.3),
  );
  const plotLeftPx = Math.min(widthPx, labelWidthPx);
  return {
    widthPx,
    heightPx,
    rowCount,
    labelWidthPx,
    axisHeightPx: AXIS_HEIGHT_PX,
    plotLeftPx,
    plotTopPx,
    plotWidthPx: Math.max(0, widthPx - plotLeftPx - PLOT_RIGHT_PADDING_PX),
    plotHeightPx,
    rowsPerLane,
    laneCount,
    laneHeightPx,
    rowLabelFontPx,
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
