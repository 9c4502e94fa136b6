import { describe, expect, it } from 'vitest';
import {
  EXPORT_PAD_PX,
  exportLayout,
  type ExportLayout,
  type ExportLayoutInput,
  type MeasureTextPx,
  wrapText,
} from './exportLayout.ts';

/** Every character 10 px wide, whatever the font: widths a test can count. */
const tenPx: MeasureTextPx = (text) => text.length * 10;

const input = (changes: Partial<ExportLayoutInput> = {}): ExportLayoutInput => ({
  bodyWidthPx: 600,
  bodyHeightPx: 200,
  title: 'Sequential · 4 calls',
  subtitle: null,
  legend: ['queued', 'in flight', 'predicted makespan'],
  caption: 'Makespan 1,250 ms · predicted 1,250 ms',
  measureTextPx: tenPx,
  ...changes,
});

/** The vertical extent of each band, top to bottom. */
function bands(layout: ExportLayout): Array<[string, number, number]> {
  const span = (ys: number[], halfPx: number): [number, number] => [
    Math.min(...ys) - halfPx,
    Math.max(...ys) + halfPx,
  ];
  const out: Array<[string, number, number]> = [];
  if (layout.heading.length > 0) {
    out.push([
      'heading',
      ...span(
        layout.heading.map((l) => l.yPx),
        11,
      ),
    ]);
  }
  out.push(['body', layout.body.yPx, layout.body.yPx + layout.body.heightPx]);
  if (layout.legend.length > 0) {
    out.push([
      'legend',
      ...span(
        layout.legend.map((s) => s.label.yPx),
        7,
      ),
    ]);
  }
  out.push([
    'caption',
    ...span(
      layout.caption.map((l) => l.yPx),
      8,
    ),
  ]);
  return out;
}

describe('wrapText', () => {
  it('breaks between words and keeps a word longer than the line whole', () => {
    expect(wrapText('aaa bbb ccc', 70, 16, false, tenPx)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('aaaaaaaaaaaa b', 50, 16, false, tenPx)).toEqual(['aaaaaaaaaaaa', 'b']);
    expect(wrapText('  ', 50, 16, false, tenPx)).toEqual([]);
  });
});

describe('exportLayout', () => {
  it('stacks title, body, legend and caption without overlap, inside the picture', () => {
    const layout = exportLayout(input());
    const order = bands(layout);
    expect(order.map(([name]) => name)).toEqual(['heading', 'body', 'legend', 'caption']);
    for (let k = 1; k < order.length; k += 1) {
      expect(order[k]?.[1]).toBeGreaterThanOrEqual(order[k - 1]?.[2] ?? Infinity);
    }
    expect(order[0]?.[1]).toBeGreaterThanOrEqual(0);
    expect(order[order.length - 1]?.[2]).toBeLessThanOrEqual(layout.heightPx);
  });

  it('keeps the body at its own size, and the picture taller by the bands only', () => {
    const layout = exportLayout(input());
    expect(layout.body).toMatchObject({ xPx: 0, widthPx: 600, heightPx: 200 });
    expect(layout.widthPx).toBe(600);
    expect(layout.heightPx).toBeGreaterThan(200 + 3 * 16);
    expect(Number.isInteger(layout.body.yPx)).toBe(true);
  });

  it('centres a narrow body in a picture of the minimum width', () => {
    const layout = exportLayout(input({ bodyWidthPx: 300, minWidthPx: 560 }));
    expect(layout.widthPx).toBe(560);
    expect(layout.body.xPx).toBe(130);
  });

  it('wraps a long title and legend to the width, every entry inside the margins', () => {
    const legend = Array.from({ length: 8 }, (_, k) => `entry number ${k}`);
    const layout = exportLayout(input({ title: 'word '.repeat(40), legend }));
    expect(layout.heading.length).toBeGreaterThan(1);
    const lines = new Set(layout.legend.map((s) => s.label.yPx));
    expect(lines.size).toBeGreaterThan(1);
    for (const slot of layout.legend) {
      expect(slot.swatch.xPx).toBeGreaterThanOrEqual(EXPORT_PAD_PX);
      const rightPx = slot.label.xPx + tenPx(slot.label.text, 15, false);
      expect(rightPx).toBeLessThanOrEqual(layout.widthPx - EXPORT_PAD_PX);
    }
    // The swatch sits on its label's line.
    const first = layout.legend[0];
    expect((first?.swatch.yPx ?? 0) + (first?.swatch.heightPx ?? 0) / 2).toBe(first?.label.yPx);
  });

  it('sets each label right after its swatch, a short bar by default or a chart’s square', () => {
    const gapOf = (layout: ExportLayout) =>
      layout.legend.map((slot) => slot.label.xPx - slot.swatch.xPx - slot.swatch.widthPx);
    const bars = exportLayout(input());
    const squares = exportLayout(input({ swatchWidthPx: 14 }));
    expect(bars.legend.map((slot) => slot.swatch.widthPx)).toEqual([28, 28, 28]);
    expect(squares.legend.map((slot) => slot.swatch.widthPx)).toEqual([14, 14, 14]);
    expect(gapOf(squares)).toEqual(gapOf(bars));
    expect(squares.legend[1]?.swatch.xPx).toBeLessThan(bars.legend[1]?.swatch.xPx ?? 0);
  });

  it('puts the subtitle under the title, lighter, and leaves out an empty legend band', () => {
    const layout = exportLayout(
      input({ subtitle: 'Makespan: measured and predicted', legend: [] }),
    );
    expect(layout.heading.map((l) => [l.text, l.bold])).toEqual([
      ['Sequential · 4 calls', true],
      ['Makespan: measured and predicted', false],
    ]);
    expect(layout.legend).toEqual([]);
    const withLegend = exportLayout(input({ subtitle: 'Makespan: measured and predicted' }));
    expect(layout.heightPx).toBeLessThan(withLegend.heightPx);
  });
});
