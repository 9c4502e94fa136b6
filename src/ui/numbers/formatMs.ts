/**
 * A duration as the figures show it: rounded to at most one decimal, whole values without one
 * ("1250", "9.8", "10"). Plain digits, no grouping or unit, so tests and people read the same.
 */
export function formatMs(ms: number): string {
  const rounded = Math.round(ms * 10) / 10;
  // `+ 0` turns -0 (a tiny negative rounded) into 0.
  return String(rounded + 0);
}

/**
 * A duration for prose (captions, descriptions): the same rounding, with thousands grouped so
 * "37,151,838 ms" can be read from the back of a room. Never used where a test reads a number.
 */
export function formatMsReadable(ms: number): string {
  return (Math.round(ms * 10) / 10 + 0).toLocaleString('en-US', { maximumFractionDigits: 1 });
}
