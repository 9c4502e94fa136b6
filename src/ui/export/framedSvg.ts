import type { ExportLayout, TextLine } from './exportLayout.ts';
import type { ExportWords } from './exportWords.ts';
import type { SwatchShape } from './swatchShapes.ts';

/** The colours and font of the bands around the body, as the page showed the chart. */
export interface SvgFrameStyle {
  /** null: transparent (the chart was seen on no opaque background). */
  readonly background: string | null;
  readonly text: string;
  readonly mutedText: string;
  readonly fontFamily: string;
}

export interface SvgFrameInput {
  readonly layout: ExportLayout;
  /** The body: a standalone <svg> element as text (no XML declaration), drawn at layout.body. */
  readonly bodySvg: string;
  /** swatches[k]: the swatch of legend entry k. */
  readonly swatches: readonly (readonly SwatchShape[])[];
  readonly style: SvgFrameStyle;
  readonly words: ExportWords;
  /** The picture's accessible name (<title>) and description (<desc>). */
  readonly name: string;
  readonly description: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** Text or an attribute value safe inside XML. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Coordinates to a tenth of a pixel: enough for a picture, short in the file. */
const px = (value: number): string => String(Math.round(value * 10) / 10 + 0);

function textElement(line: TextLine, fill: string, className: string): string {
  const weight = line.bold ? ' font-weight="700"' : '';
  return (
    `<text class="${className}" x="${px(line.xPx)}" y="${px(line.yPx)}" font-size="${px(line.fontPx)}"` +
    `${weight} fill="${xmlEscape(fill)}" dominant-baseline="central">${xmlEscape(line.text)}</text>`
  );
}

function dashAttribute(dashPx: readonly number[]): string {
  return dashPx.length === 0 ? '' : ` stroke-dasharray="${dashPx.map(px).join(' ')}"`;
}

/** One swatch shape as an SVG element. */
export function swatchElement(shape: SwatchShape): string {
  switch (shape.shape) {
    case 'rect': {
      const alpha = String(Math.round(shape.opacity * 100) / 100);
      const opacity = shape.opacity === 1 ? '' : ` fill-opacity="${alpha}"`;
      return (
        `<rect x="${px(shape.xPx)}" y="${px(shape.yPx)}" width="${px(shape.widthPx)}" ` +
        `height="${px(shape.heightPx)}" fill="${xmlEscape(shape.fill)}"${opacity}/>`
      );
    }
    case 'outline':
      return (
        `<rect x="${px(shape.xPx)}" y="${px(shape.yPx)}" width="${px(shape.widthPx)}" ` +
        `height="${px(shape.heightPx)}" fill="none" stroke="${xmlEscape(shape.stroke)}" ` +
        `stroke-width="${px(shape.lineWidthPx)}"${dashAttribute(shape.dashPx)}/>`
      );
    case 'line':
      return (
        `<line x1="${px(shape.x1Px)}" y1="${px(shape.y1Px)}" x2="${px(shape.x2Px)}" ` +
        `y2="${px(shape.y2Px)}" stroke="${xmlEscape(shape.stroke)}" ` +
        `stroke-width="${px(shape.lineWidthPx)}"${dashAttribute(shape.dashPx)}/>`
      );
  }
}

/**
 * The link as RDF with Dublin Core terms, the form SVG 1.1 suggests for <metadata> (Inkscape
 * writes the same): `dc:source` is the address that reproduces the run.
 */
function metadata(input: SvgFrameInput): string {
  const { words } = input;
  return (
    `<metadata><rdf:RDF xmlns:rdf="${RDF_NS}" xmlns:dc="${DC_NS}">` +
    `<rdf:Description rdf:about="${xmlEscape(words.link)}">` +
    `<dc:title>${xmlEscape(input.name)}</dc:title>` +
    `<dc:description>${xmlEscape(input.description)}</dc:description>` +
    `<dc:source>${xmlEscape(words.link)}</dc:source>` +
    `<dc:creator>Overlap</dc:creator>` +
    `</rdf:Description></rdf:RDF></metadata>`
  );
}

/**
 * A standalone SVG document: the body (a chart) inside the bands of `layout` (title, legend,
 * caption), with an accessible name and description first (so viewers and screen readers find
 * them) and the link that reproduces the run in <metadata>.
 */
export function framedSvg(input: SvgFrameInput): string {
  const { layout, style } = input;
  const w = px(layout.widthPx);
  const h = px(layout.heightPx);
  const parts: string[] = [
    `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" ` +
      `aria-labelledby="overlap-export-title overlap-export-desc" ` +
      `font-family="${xmlEscape(style.fontFamily)}">`,
    `<title id="overlap-export-title">${xmlEscape(input.name)}</title>`,
    `<desc id="overlap-export-desc">${xmlEscape(input.description)}</desc>`,
    metadata(input),
  ];
  if (style.background !== null) {
    parts.push(`<rect width="100%" height="100%" fill="${xmlEscape(style.background)}"/>`);
  }
  parts.push('<g class="export-heading">');
  layout.heading.forEach((line) => {
    const title = line.bold;
    parts.push(
      textElement(
        line,
        title ? style.text : style.mutedText,
        title ? 'export-title' : 'export-subtitle',
      ),
    );
  });
  parts.push('</g>');
  const { body } = layout;
  parts.push(
    `<g class="export-body" transform="translate(${px(body.xPx)} ${px(body.yPx)})">`,
    input.bodySvg,
    '</g>',
  );
  if (layout.legend.length > 0) {
    parts.push('<g class="export-legend">');
    for (const slot of layout.legend) {
      parts.push(
        '<g class="export-legend-item">',
        ...(input.swatches[slot.index] ?? []).map(swatchElement),
        textElement(slot.label, style.text, 'export-legend-label'),
        '</g>',
      );
    }
    parts.push('</g>');
  }
  parts.push('<g class="export-caption">');
  for (const line of layout.caption)
    parts.push(textElement(line, style.text, 'export-caption-line'));
  parts.push('</g>', '</svg>');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${parts.join('\n')}\n`;
}
