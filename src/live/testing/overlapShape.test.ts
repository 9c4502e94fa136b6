import { describe, expect, it } from 'vitest';
import type { Trace } from '../../core/trace.ts';
import { overlapShape, shapeFor } from './overlapShape.ts';

const traceOf = (spans: ReadonlyArray<readonly [number, number]>): Trace =>
  ({
    calls: spans.map(([startedAtMs, endedAtMs], index) => ({ index, startedAtMs, endedAtMs })),
  }) as unknown as Trace;

describe('overlapShape', () => {
  it('names each clear pair and leaves out pairs that meet within the margin', () => {
    // 1 and 2 overlap; 3 starts 40 ms after 1 ends (clear), 2 ms before 2 ends (within 5).
    const reference = traceOf([
      [0, 60],
      [0, 102],
      [100, 200],
    ]);
    expect(overlapShape(reference, 5)).toEqual(
      new Map([
        ['1-2', 'overlap'],
        ['1-3', 'after'],
      ]),
    );
  });

  it('reads the same pairs off a late run, and sees a call that no longer waits', () => {
    const pairs = overlapShape(
      traceOf([
        [0, 60],
        [0, 120],
        [100, 280],
      ]),
      5,
    );
    const late = traceOf([
      [0.3, 61],
      [0.4, 133],
      [101, 282],
    ]);
    expect(shapeFor(pairs, late, 5)).toEqual(pairs);
    const chainBroken = traceOf([
      [0, 150],
      [0, 120],
      [100, 280],
    ]);
    expect(shapeFor(pairs, chainBroken, 5).get('1-3')).toBe('overlap');
  });
});
