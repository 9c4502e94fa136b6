/**
 * How big the timeline's type, axis and bars are, derived from the canvas's size, the number of
 * lanes and the theme's emphasis. Pure: the layout calls these, so the renderer, the hit test and
 * the exports agree on every size.
 *
 * The aim is that the picture scales with its frame: a few calls in a tall frame (a slide at
 * 1920x1080) get thick rows and large labels, many calls shrink to fit, and the axis type grows
 * with the frame's height so that it reads from as far away as the numbers around it.
 */

import { DEFAULT_EMPHASIS, type DrawingEmphasis } from '../palette.ts';

/** How strongly the theme draws (the palette carries it: see palette.ts). */
export type TimelineEmphasis = DrawingEmphasis;
export { DEFAULT_EMPHASIS };

/** A row is never taller than this, nor than a quarter of the plot (one call is not a wall). */
export const ROW_CAP_PX = 120;
/** Rows may always grow to this, even in a small plot (the height the frame asks for). */
export const PREFERRED_ROW_PX = 36;
export const MIN_FONT_PX = 12;
export const MAX_LABEL_FONT_PX = 40;
export const MAX_AXIS_FONT_PX = 28;
/** Row label size as a fraction of the row's height. */
const LABEL_FONT_PER_ROW = 0.5;
/** A label never takes more of its row than this, so that neighbouring labels keep a gap. */
const LABEL_FONT_MAX_PER_ROW = 0.8;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The axis (tick) font: grows with the frame's height (a 30th of it), held back on narrow frames
 * (a 45th of the width) so that a phone still gets a few ticks; 12..28 px.
 */
export function axisFontPx(
  widthPx: number,
  heightPx: number,
  emphasis: TimelineEmphasis = DEFAULT_EMPHASIS,
): number {
  const fromFramePx = Math.min(heightPx / 30, widthPx / 45) * emphasis.typeScale;
  // The cap scales too: on a projector the largest frames get larger type than on a screen.
  return clamp(
    Math.round(fromFramePx),
    MIN_FONT_PX,
    Math.round(MAX_AXIS_FONT_PX * emphasis.typeScale),
  );
}

/** The axis band on top: the tick labels and their marks (36 px for 16 px type). */
export function axisHeightPx(fontPx: number): number {
  return Math.round(fontPx * 2.25);
}

/** The band under the plot that holds the "predicted" label, clear of every bar. */
export function markerBandPx(fontPx: number): number {
  return Math.round(fontPx * 1.6);
}

/** Tick marks under the tick labels, in CSS px. */
export function tickMarkPx(fontPx: number): number {
  return Math.round(fontPx * 0.375);
}

/** The tallest row a plot of `plotHeightPx` gives: a quarter of it, within [36, 120] px. */
export function maxRowPx(plotHeightPx: number): number {
  return clamp(plotHeightPx / 4, PREFERRED_ROW_PX, ROW_CAP_PX);
}

/**
 * The per-row label font for rows `rowPx` tall: about half the row, 12..40 px, and no larger
 * than `maxByWidthPx` (what fits the label column; pass Infinity for no limit).
 */
export function rowLabelFontPx(
  rowPx: number,
  maxByWidthPx: number,
  emphasis: TimelineEmphasis = DEFAULT_EMPHASIS,
): number {
  const wantedPx = Math.min(
    rowPx * LABEL_FONT_PER_ROW * emphasis.typeScale,
    rowPx * LABEL_FONT_MAX_PER_ROW,
    maxByWidthPx,
  );
  return clamp(
    Math.floor(wantedPx),
    MIN_FONT_PX,
    Math.round(MAX_LABEL_FONT_PX * emphasis.typeScale),
  );
}

/** Whole device pixels of a grid or axis line at `dpr`, at least one. */
export function lineDevPx(dpr: number, emphasis: TimelineEmphasis = DEFAULT_EMPHASIS): number {
  return Math.max(1, Math.round(dpr * emphasis.lineScale));
}

/** The gap above and below a bar in a lane `laneDevPx` tall (device px); 0 below 6 CSS px. */
export function barInsetDevPx(laneDevPx: number, dpr: number, barFill: number): number {
  if (laneDevPx < 6 * dpr) return 0;
  return Math.max(1, Math.round((laneDevPx * (1 - barFill)) / 2));
}
