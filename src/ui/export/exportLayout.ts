/**
 * Where the parts of an exported picture go: a title band on top, the picture itself (the
 * timeline or a chart, "the body"), then the legend of what is drawn and a caption. Pure: text
 * widths come from `measureTextPx`, so the PNG (canvas measureText) and the SVG (an estimate
 * or the page's canvas) lay out alike, and tests pass a fixed-width measure.
 *
 * Every y is the *middle* of its line (canvas textBaseline 'middle', SVG dominant-baseline
 * 'central'); every x is the left edge. All sizes are CSS px at 1x.
 */

/** The width of `text` in `fontPx` type, bold or not. */
export type MeasureTextPx = (text: string, fontPx: number, bold: boolean) => number;

export interface ExportLayoutInput {
  /** The body's size: the timeline's or the chart's own. */
  readonly bodyWidthPx: number;
  readonly bodyHeightPx: number;
  /** The picture is at least this wide (a narrow chart is centred in it). Default 0. */
  readonly minWidthPx?: number;
  /** The scenario in words. */
  readonly title: string;
  /** A second, lighter line under the title (a chart's own title), or null. */
  readonly subtitle: string | null;
  /** The legend's labels, in order; empty: no legend band. */
  readonly legend: readonly string[];
  /** Room for each legend swatch. Default SWATCH_WIDTH_PX (a short bar); a chart's are square. */
  readonly swatchWidthPx?: number;
  /** Under the legend: the makespan and prediction, and any other sentence. */
  readonly caption: string;
  readonly measureTextPx: MeasureTextPx;
}

export interface TextLine {
  readonly text: string;
  readonly xPx: number;
  /** The middle of the line. */
  readonly yPx: number;
  readonly fontPx: number;
  readonly bold: boolean;
}

export interface RectPx {
  readonly xPx: number;
  readonly yPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** One legend entry: its swatch and its label, on one line. */
export interface LegendSlot {
  /** Index into the input's `legend`. */
  readonly index: number;
  readonly swatch: RectPx;
  readonly label: TextLine;
}

export interface ExportLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  /** The title's lines (wrapped to the width), then the subtitle's. */
  readonly heading: readonly TextLine[];
  /** Where the body is drawn. */
  readonly body: RectPx;
  readonly legend: readonly LegendSlot[];
  readonly caption: readonly TextLine[];
}

export const EXPORT_PAD_PX = 16;
export const TITLE_FONT_PX = 22;
export const SUBTITLE_FONT_PX = 16;
export const LEGEND_FONT_PX = 15;
export const CAPTION_FONT_PX = 16;
/** As FailureLegend's swatches: about one row of text, as wide as a short bar. */
export const SWATCH_WIDTH_PX = 28;
export const SWATCH_HEIGHT_PX = 14;
const SWATCH_GAP_PX = 6;
const ENTRY_GAP_PX = 20;
const LINE_HEIGHT = 1.4;
const BAND_GAP_PX = 10;

/**
 * `text` in lines no wider than `maxWidthPx`, broken between words; a word wider than the line
 * stays whole on its own line (a picture never cuts a word).
 */
export function wrapText(
  text: string,
  maxWidthPx: number,
  fontPx: number,
  bold: boolean,
  measureTextPx: MeasureTextPx,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measureTextPx(candidate, fontPx, bold) > maxWidthPx) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Stacks wrapped lines from `topPx`; returns them and the y under the last one. */
function stack(
  text: string,
  topPx: number,
  widthPx: number,
  fontPx: number,
  bold: boolean,
  measureTextPx: MeasureTextPx,
): { lines: TextLine[]; bottomPx: number } {
  const lineHeightPx = Math.round(fontPx * LINE_HEIGHT);
  const texts = wrapText(text, widthPx - 2 * EXPORT_PAD_PX, fontPx, bold, measureTextPx);
  const lines = texts.map((t, k) => ({
    text: t,
    xPx: EXPORT_PAD_PX,
    yPx: topPx + k * lineHeightPx + lineHeightPx / 2,
    fontPx,
    bold,
  }));
  return { lines, bottomPx: topPx + texts.length * lineHeightPx };
}

/**
 * The legend entries left to right, wrapping to a new line when the next entry would cross the
 * right margin (an entry wider than a line gets a line of its own).
 */
function legendSlots(
  labels: readonly string[],
  topPx: number,
  widthPx: number,
  swatchWidthPx: number,
  measureTextPx: MeasureTextPx,
): { slots: LegendSlot[]; bottomPx: number } {
  const lineHeightPx = Math.round(LEGEND_FONT_PX * LINE_HEIGHT) + 4;
  const rightPx = widthPx - EXPORT_PAD_PX;
  const slots: LegendSlot[] = [];
  let xPx = EXPORT_PAD_PX;
  let line = 0;
  labels.forEach((text, index) => {
    const entryPx = swatchWidthPx + SWATCH_GAP_PX + measureTextPx(text, LEGEND_FONT_PX, false);
    if (xPx > EXPORT_PAD_PX && xPx + entryPx > rightPx) {
      line += 1;
      xPx = EXPORT_PAD_PX;
    }
    const midPx = topPx + line * lineHeightPx + lineHeightPx / 2;
    slots.push({
      index,
      swatch: {
        xPx,
        yPx: midPx - SWATCH_HEIGHT_PX / 2,
        widthPx: swatchWidthPx,
        heightPx: SWATCH_HEIGHT_PX,
      },
      label: {
        text,
        xPx: xPx + swatchWidthPx + SWATCH_GAP_PX,
        yPx: midPx,
        fontPx: LEGEND_FONT_PX,
        bold: false,
      },
    });
    xPx += entryPx + ENTRY_GAP_PX;
  });
  const lines = labels.length === 0 ? 0 : line + 1;
  return { slots, bottomPx: topPx + lines * lineHeightPx };
}

/**
 * The picture's bands, top to bottom: padding, title (and subtitle), the body at its own size
 * (centred when the picture is wider), the legend (skipped when empty), the caption, padding.
 * Invariant: bands never overlap, and everything lies within widthPx x heightPx.
 */
export function exportLayout(input: ExportLayoutInput): ExportLayout {
  const { measureTextPx } = input;
  const widthPx = Math.max(input.bodyWidthPx, input.minWidthPx ?? 0);
  const title = stack(input.title, EXPORT_PAD_PX, widthPx, TITLE_FONT_PX, true, measureTextPx);
  const subtitle =
    input.subtitle === null
      ? { lines: [], bottomPx: title.bottomPx }
      : stack(input.subtitle, title.bottomPx, widthPx, SUBTITLE_FONT_PX, false, measureTextPx);
  const body: RectPx = {
    xPx: Math.round((widthPx - input.bodyWidthPx) / 2),
    yPx: subtitle.bottomPx + BAND_GAP_PX,
    widthPx: input.bodyWidthPx,
    heightPx: input.bodyHeightPx,
  };
  const bodyBottomPx = body.yPx + body.heightPx + BAND_GAP_PX;
  const swatchWidthPx = input.swatchWidthPx ?? SWATCH_WIDTH_PX;
  const legend = legendSlots(input.legend, bodyBottomPx, widthPx, swatchWidthPx, measureTextPx);
  const captionTopPx = legend.bottomPx + (input.legend.length === 0 ? 0 : BAND_GAP_PX / 2);
  const caption = stack(
    input.caption,
    captionTopPx,
    widthPx,
    CAPTION_FONT_PX,
    false,
    measureTextPx,
  );
  return {
    widthPx,
    heightPx: Math.ceil(caption.bottomPx + EXPORT_PAD_PX),
    heading: [...title.lines, ...subtitle.lines],
    body,
    legend: legend.slots,
    caption: caption.lines,
  };
}

/** A measure for layouts made without a canvas: 0.6 em a character (0.66 bold). */
export const estimateTextPx: MeasureTextPx = (text, fontPx, bold) =>
  text.length * fontPx * (bold ? 0.66 : 0.6);
