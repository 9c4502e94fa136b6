import type { Millis } from '../../core/clock.ts';
import type { Trace } from '../../core/trace.ts';

/** How two calls stand in time: the second starts after the first ends, ends before it starts, or they overlap. */
export type PairRelation = 'after' | 'before' | 'overlap';

interface Span {
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
}

const relationOf = (a: Span, b: Span, toleranceMs: Millis): PairRelation =>
  b.startedAtMs >= a.endedAtMs - toleranceMs
    ? 'after'
    : a.startedAtMs >= b.endedAtMs - toleranceMs
      ? 'before'
      : 'overlap';

/**
 * The pairs of a reference run's calls (test helper; keys "i-j", 1-based) whose relation is clear
 * by more than `marginMs`: a live run may be that late anywhere (timerLateness.ts), so pairs that
 * meet within it may go either way live and are left out. The live counterpart of the order
 * picture: which calls overlap, which wait for which, without the end order of calls that
 * overlap (a late answer may swap two ends the model does not chain).
 */
export function overlapShape(reference: Trace, marginMs: Millis): Map<string, PairRelation> {
  const shape = new Map<string, PairRelation>();
  reference.calls.forEach((a, i) =>
    reference.calls.forEach((b, j) => {
      if (j <= i) return;
      const gapMs = Math.max(b.startedAtMs - a.endedAtMs, a.startedAtMs - b.endedAtMs);
      if (Math.abs(gapMs) <= marginMs) return;
      shape.set(`${i + 1}-${j + 1}`, relationOf(a, b, 0));
    }),
  );
  return shape;
}

/** The same pairs read off another run (test helper), ends and starts `toleranceMs` apart counting as touching. */
export function shapeFor(
  pairs: ReadonlyMap<string, PairRelation>,
  run: Trace,
  toleranceMs: Millis,
): Map<string, PairRelation> {
  const shape = new Map<string, PairRelation>();
  for (const key of pairs.keys()) {
    const [i, j] = key.split('-').map((n) => Number(n) - 1);
    const a = run.calls[i ?? -1];
    const b = run.calls[j ?? -1];
    if (a === undefined || b === undefined) throw new Error(`no calls ${key} in the run`);
    shape.set(key, relationOf(a, b, toleranceMs));
  }
  return shape;
}
