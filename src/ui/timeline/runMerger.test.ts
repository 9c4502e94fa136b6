import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunMerger } from './runMerger.ts';

type Span = readonly [style: number, x0: number, x1: number];

function merged(spans: readonly Span[], styleCount = 3): string[] {
  const merger = new RunMerger();
  merger.begin(styleCount);
  for (const [style, x0, x1] of spans) merger.add(style, x0, x1);
  const runs: string[] = [];
  merger.flush((style, x0, x1) => runs.push(`${style}:${x0}-${x1}`));
  return runs.sort();
}

/** The reference: light each pixel, then read runs of lit pixels per style. */
function pixelUnion(spans: readonly Span[], styleCount = 3): string[] {
  const runs: string[] = [];
  for (let style = 0; style < styleCount; style += 1) {
    const lit = new Set<number>();
    for (const [s, x0, x1] of spans) if (s === style) for (let x = x0; x < x1; x += 1) lit.add(x);
    // Touching spans merge too: [0,2) and [2,3) are one run, so runs are maximal lit intervals.
    const xs = [...lit].sort((a, b) => a - b);
    let start = -1;
    xs.forEach((x, k) => {
      if (start < 0) start = x;
      if (xs[k + 1] !== x + 1) {
        runs.push(`${style}:${start}-${x + 1}`);
        start = -1;
      }
    });
  }
  return runs.sort();
}

const spanArb = fc
  .tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 1, max: 12 }),
  )
  .map(([style, x0, w]): Span => [style, x0, x0 + w]);

describe('RunMerger', () => {
  it('merges overlapping and touching spans of a style, keeps styles apart', () => {
    expect(
      merged([
        [0, 0, 5],
        [1, 2, 4],
        [0, 5, 7],
        [0, 9, 10],
        [1, 3, 8],
      ]),
    ).toEqual(['0:0-7', '0:9-10', '1:2-8']);
  });

  it('gives the pixel union, whether spans arrive sorted (fast path) or not', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 60 }), (spans) => {
        expect(merged(spans)).toEqual(pixelUnion(spans));
        const sorted = [...spans].sort((a, b) => a[1] - b[1]);
        expect(merged(sorted)).toEqual(pixelUnion(spans));
      }),
    );
  });

  it('gives the pixel union when one style arrives in order and another does not, lane after lane', () => {
    const merger = new RunMerger();
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 40 }),
        fc.array(spanArb, { maxLength: 40 }),
        (a, b) => {
          // Style 0 in order (the first copies), style 1 in any order (retries sent late).
          const inOrder = a.map(([, x0, x1]): Span => [0, x0, x1]).sort((p, q) => p[1] - q[1]);
          const anyOrder = b.map(([, x0, x1]): Span => [1, x0, x1]);
          // Interleaved, as rows of a lane add both.
          const spans = Array.from({ length: Math.max(inOrder.length, anyOrder.length) }, (_, k) =>
            [inOrder[k], anyOrder[k]].filter((span): span is Span => span !== undefined),
          ).flat();
          merger.begin(2);
          for (const [style, x0, x1] of spans) merger.add(style, x0, x1);
          const runs: string[] = [];
          merger.flush((style, x0, x1) => runs.push(`${style}:${x0}-${x1}`));
          expect(runs.sort()).toEqual(pixelUnion(spans, 2));
        },
      ),
    );
  });

  it('starts every lane afresh and grows past its initial buffers', () => {
    const merger = new RunMerger();
    const runs: string[] = [];
    for (let lane = 0; lane < 2; lane += 1) {
      merger.begin(2);
      for (let k = 0; k < 1000; k += 1) merger.add(k % 2, 2 * k + lane, 2 * k + lane + 1);
      merger.flush((style, x0, x1) => runs.push(`${lane}/${style}:${x0}-${x1}`));
    }
    expect(runs.filter((r) => r.startsWith('0/'))).toHaveLength(1000);
    expect(runs).toContain('1/1:3-4');
  });
});
