import type { LegendItem } from '../charts/ChartLegend.tsx';
import { estimateTextPx, exportLayout, SWATCH_HEIGHT_PX } from './exportLayout.ts';
import type { ExportWords } from './exportWords.ts';
import { framedSvg } from './framedSvg.ts';
import { chartSwatch } from './swatchShapes.ts';
import { isTransparent, svgStyleDeclarations, type ReadStyle } from './svgStyles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** One rendered chart: its title (for the file name) and its root <svg>. */
export interface RenderedChart {
  readonly title: string;
  readonly svg: SVGSVGElement;
}

/** An exported chart is at least this wide, so its title and caption have room. */
const MIN_EXPORT_WIDTH_PX = 560;

const reader =
  (style: CSSStyleDeclaration): ReadStyle =>
  (property) =>
    style.getPropertyValue(property).trim();

/** The first opaque background behind `element`: the colour the chart was seen on. */
function backgroundBehind(element: Element): string | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (!isTransparent(colour)) return colour;
  }
  return null;
}

/**
 * A rendered Recharts chart as a standalone SVG document (`element`: the <svg> itself or any
 * element holding it). Recharts draws with presentation attributes, but the page's CSS still
 * decides fonts and some colours, so every element gets the computed styles it needs inline
 * (see svgStyles.ts); the root gets the namespaces, its pixel size and a viewBox, and a
 * background rectangle in the colour it was seen on (dark charts stay legible).
 *
 * With `words`, the chart is framed so that it explains itself (framedSvg): the scenario in
 * words and the chart's title above it, the legend the page shows under the chart (its HTML
 * ChartLegend), and the caption with the makespan and prediction; the link that reproduces the
 * run goes in <metadata>.
 */
export function chartSvg(element: Element, words?: ExportWords): string {
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg');
  if (!svg) {
    throw new Error('there is no <svg> in this element: the chart has not been drawn yet');
  }
  const { xml, widthPx, heightPx } = standaloneChart(svg);
  if (!words) return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${xml}\n`;

  const figure = svg.closest('figure');
  const chartTitle = figure?.querySelector('.chart__title')?.textContent?.trim() ?? '';
  const chartDescription = figure?.querySelector('.chart__description')?.textContent?.trim() ?? '';
  const legend = figure ? legendItemsOf(figure) : [];
  const layout = exportLayout({
    bodyWidthPx: widthPx,
    bodyHeightPx: heightPx,
    minWidthPx: MIN_EXPORT_WIDTH_PX,
    title: words.title,
    subtitle: chartTitle === '' ? null : chartTitle,
    legend: legend.map((item) => item.label),
    // Square swatches, as the page's ChartLegend draws them.
    swatchWidthPx: SWATCH_HEIGHT_PX,
    caption: words.caption,
    measureTextPx: estimateTextPx,
  });
  const textColour = (selector: string): string =>
    getComputedStyle(figure?.querySelector(selector) ?? svg).color;
  return framedSvg({
    layout,
    bodySvg: xml,
    swatches: layout.legend.map((slot) => {
      const item = legend[slot.index];
      return item ? chartSwatch(item, slot.swatch) : [];
    }),
    style: {
      background: backgroundBehind(svg),
      text: textColour('.chart__title'),
      mutedText: textColour('.chart__description'),
      fontFamily: getComputedStyle(svg).fontFamily,
    },
    words,
    name: [chartTitle, words.title].filter((t) => t !== '').join(' — '),
    description: [chartDescription, `${words.caption}.`].filter((t) => t !== '').join(' '),
  });
}

/**
 * The legend under a chart (ChartLegend's HTML list) as the page shows it: each entry's words,
 * and its swatch's colour, opacity and whether it is a dashed outline (a prediction).
 */
function legendItemsOf(figure: Element): LegendItem[] {
  return [...figure.querySelectorAll('.chart__legend-item')].map((item) => {
    const swatch = item.querySelector('.chart__swatch');
    const style = swatch ? getComputedStyle(swatch) : null;
    const outlined = swatch?.classList.contains('chart__swatch--outlined') ?? false;
    const colour = (outlined ? style?.borderTopColor : style?.backgroundColor) ?? 'currentColor';
    const opacity = Number.parseFloat(style?.opacity ?? '1');
    return {
      label: item.textContent?.trim() ?? '',
      colour,
      ...(outlined ? { outlined: true } : {}),
      ...(Number.isFinite(opacity) && opacity !== 1 ? { opacity } : {}),
    };
  });
}

/** A copy of the chart's <svg> that stands on its own, serialised, and its size in CSS px. */
function standaloneChart(svg: SVGSVGElement): { xml: string; widthPx: number; heightPx: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // cloneNode keeps the document order, so the k-th element of each list is the same node.
  const originals: Element[] = [svg, ...svg.querySelectorAll('*')];
  const copies: Element[] = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, ReadStyle>();
  originals.forEach((original, k) => {
    const own = reader(getComputedStyle(original));
    computed.set(original, own);
    const parent =
      original === svg ? null : (computed.get(original.parentElement as Element) ?? null);
    const declarations = svgStyleDeclarations(own, parent);
    const target = copies[k];
    if (!target) return;
    if (declarations === '') target.removeAttribute('style');
    else target.setAttribute('style', declarations);
    // Keyboard stops of the page's tooltip layer mean nothing in a file.
    target.removeAttribute('tabindex');
  });
  // Recharts marks its surface as an interactive "application"; a file is a picture.
  copy.setAttribute('role', 'img');

  const { width, height } = svg.getBoundingClientRect();
  const widthPx = Math.round(width);
  const heightPx = Math.round(height);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  copy.setAttribute('width', String(widthPx));
  copy.setAttribute('height', String(heightPx));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`);
  const background = backgroundBehind(svg);
  if (background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    // After <title> and <desc>, which must stay first for the file to keep its accessible name.
    const after = [...copy.children].filter(
      (c) => c.localName === 'title' || c.localName === 'desc',
    );
    copy.insertBefore(rect, after[after.length - 1]?.nextSibling ?? copy.firstChild);
  }
  return { xml: new XMLSerializer().serializeToString(copy), widthPx, heightPx };
}

/**
 * The charts drawn inside `root`: each Recharts surface that is not a legend icon or inside a
 * tooltip, titled by its figure's caption (ChartFigure), else by its own <title>.
 */
export function renderedCharts(root: ParentNode): RenderedChart[] {
  const surfaces = [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].filter(
    (svg) =>
      !svg.parentElement?.closest('svg, .recharts-legend-wrapper, .recharts-tooltip-wrapper'),
  );
  return surfaces.map((svg, k) => {
    const caption = svg.closest('figure')?.querySelector('.chart__title')?.textContent;
    const own = svg.querySelector(':scope > title')?.textContent;
    return { title: (caption ?? own ?? '').trim() || `chart ${k + 1}`, svg };
  });
}
