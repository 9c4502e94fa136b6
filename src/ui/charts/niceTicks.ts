/** Steps an axis may use, times a power of ten: ticks read 0, 250, 500 or 0, 2000, 4000. */
const STEPS = [1, 2, 2.5, 5];

/** Round away floating error: 0.1 * 3 is 0.30000000000000004. */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * The smallest round step (1, 2, 2.5 or 5 times a power of ten) that covers `span` in at most
 * `intervals` steps. With `integer`, steps below 1 and 2.5 are skipped (counts of calls).
 */
export function niceStep(span: number, intervals: number, integer = false): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, intervals);
  let power = 10 ** Math.floor(Math.log10(raw));
  if (integer && power < 1) power = 1;
  for (;;) {
    for (const step of STEPS) {
      const candidate = clean(step * power);
      if (integer && !Number.isInteger(candidate)) continue;
      if (candidate >= raw) return candidate;
    }
    power *= 10;
  }
}

/**
 * Tick values from 0 for an axis whose data reaches `max`: at most `intervals` + 1 ticks.
 * `cover` extends the last tick to `max` or beyond (the axis then ends there); without it,
 * ticks stop at or below `max` (for an axis whose end is fixed elsewhere, like the run's time).
 */
export function niceTicks(
  max: number,
  { intervals = 5, integer = false, cover = true } = {},
): number[] {
  const step = niceStep(max, intervals, integer);
  const count = cover ? Math.max(1, Math.ceil(clean(max / step))) : Math.floor(clean(max / step));
  return Array.from({ length: count + 1 }, (_, i) => clean(i * step));
}
