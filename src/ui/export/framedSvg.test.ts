import { describe, expect, it } from 'vitest';
import { exportLayout, type MeasureTextPx } from './exportLayout.ts';
import { framedSvg, xmlEscape } from './framedSvg.ts';
import { chartSwatch } from './swatchShapes.ts';

const tenPx: MeasureTextPx = (text) => text.length * 10;
const LINK = 'https://example.org/overlap/?model=worker-pool&limit=3&seed=7';
const words = {
  title: 'Worker pool, limit 3 · 4 calls',
  caption: 'Makespan 750 ms · predicted 750 ms',
  link: LINK,
};
const legend = [
  { label: 'measured', colour: '#1b1e23' },
  { label: 'predicted by the formula', colour: '#1b1e23', outlined: true },
];

function svg(): string {
  const layout = exportLayout({
    bodyWidthPx: 400,
    bodyHeightPx: 120,
    minWidthPx: 560,
    title: words.title,
    subtitle: 'Makespan: measured and predicted',
    legend: legend.map((item) => item.label),
    caption: words.caption,
    measureTextPx: tenPx,
  });
  return framedSvg({
    layout,
    bodySvg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><g/></svg>',
    swatches: layout.legend.map((slot) => chartSwatch(legend[slot.index]!, slot.swatch)),
    style: { background: '#ffffff', text: '#111', mutedText: '#555', fontFamily: 'system-ui' },
    words,
    name: `Makespan: measured and predicted — ${words.title}`,
    description: `Measured: 750 ms. ${words.caption}.`,
  });
}

describe('framedSvg', () => {
  it('opens with the accessible name and description, then the link in <metadata>', () => {
    const text = svg();
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="no"\?>\n<svg /);
    const title = text.indexOf('<title id="overlap-export-title">');
    const desc = text.indexOf('<desc id="overlap-export-desc">');
    const metadata = text.indexOf('<metadata>');
    expect(title).toBeGreaterThan(0);
    expect(desc).toBeGreaterThan(title);
    expect(metadata).toBeGreaterThan(desc);
    expect(text).toContain('aria-labelledby="overlap-export-title overlap-export-desc"');
    // The exact query, escaped as XML requires ('&' -> '&amp;').
    expect(text).toContain(`<dc:source>${LINK.replace(/&/g, '&amp;')}</dc:source>`);
    expect(text).not.toContain('&limit');
  });

  it('writes the title, the chart’s title, each legend entry and the caption as text', () => {
    const text = svg();
    expect(text).toContain('font-weight="700" fill="#111" dominant-baseline="central">Worker pool');
    expect(text).toContain('>Makespan: measured and predicted</text>');
    expect(text).toContain('>measured</text>');
    expect(text).toContain('>predicted by the formula</text>');
    expect(text).toContain('>Makespan 750 ms · predicted 750 ms</text>');
    // The prediction's swatch is a dashed outline, as on the page.
    expect(text).toMatch(
      /<rect [^>]*fill="none" stroke="#1b1e23" stroke-width="2" stroke-dasharray="4 3"\/>/,
    );
  });

  it('places the chart at the body, centred in the wider picture', () => {
    expect(svg()).toMatch(/<g class="export-body" transform="translate\(80 \d+\)">\n<svg /);
    expect(svg()).toMatch(
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="560" height="\d+" viewBox="0 0 560 \d+"/,
    );
  });
});

describe('xmlEscape', () => {
  it('escapes the five XML characters', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
