import type { SpanRow } from './pages/LabPage.ts';

/** A call's interval, known to have started and ended. */
interface Interval {
  readonly startMs: number;
  readonly endMs: number;
}

function intervals(rows: readonly SpanRow[]): Interval[] {
  return rows.map((row) => {
    if (row.startMs === null || row.endMs === null) {
      throw new Error(`call #${row.number} has not finished: ${JSON.stringify(row)}`);
    }
    return { startMs: row.startMs, endMs: row.endMs };
  });
}

/**
 * The facts of a timeline that a live run must share exactly with the virtual one, whatever the
 * mock overhead: for each pair of calls, "j starts after i has ended" (one waited for the other)
 * or "i and j overlap" (in flight together). Pairs that touch or nearly touch in the virtual run
 * (gap or overlap within `marginMs`, like a throttle start at the instant another call ends) are
 * left out: there the live order may go either way by a millisecond.
 */
export function timelineShape(rows: readonly SpanRow[], marginMs: number): Map<string, string> {
  const calls = intervals(rows);
  const shape = new Map<string, string>();
  calls.forEach((a, i) =>
    calls.forEach((b, j) => {
      if (j <= i) return;
      const gapMs = Math.max(b.startMs - a.endMs, a.startMs - b.endMs);
      if (Math.abs(gapMs) <= marginMs) return;
      if (gapMs > 0) shape.set(`${i + 1}-${j + 1}`, b.startMs >= a.endMs ? 'after' : 'before');
      else shape.set(`${i + 1}-${j + 1}`, 'overlap');
    }),
  );
  return shape;
}

/** The same facts read off a live run, for exactly the pairs the virtual shape decided. */
export function liveShapeFor(
  virtualShape: ReadonlyMap<string, string>,
  rows: readonly SpanRow[],
  toleranceMs: number,
): Map<string, string> {
  const calls = intervals(rows);
  const shape = new Map<string, string>();
  for (const key of virtualShape.keys()) {
    const [i, j] = key.split('-').map((n) => Number(n) - 1) as [number, number];
    const a = calls[i] as Interval;
    const b = calls[j] as Interval;
    if (b.startMs >= a.endMs - toleranceMs) shape.set(key, 'after');
    else if (a.startMs >= b.endMs - toleranceMs) shape.set(key, 'before');
    else shape.set(key, 'overlap');
  }
  return shape;
}
