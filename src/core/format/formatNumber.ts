/**
 * Numbers for people, in one fixed English style: ',' groups thousands, '.' marks decimals, '-'
 * leads a negative. Deliberately not `Intl` or `toLocaleString`: the app's text is English, the
 * same run must read the same on every machine (tests compare exact text), and src/core may not
 * depend on the host's locale. Exports (CSV, JSON) never use this: they keep raw numbers.
 * docs/numbers.md has the whole convention.
 */

/** Shown where a number is not finite (NaN, ±Infinity): a measured value is never one. */
export const NOT_A_NUMBER = '—';

export interface NumberStyle {
  /** Decimals kept after rounding (half away from zero). Default 0. */
  readonly decimals?: number;
  /** Drop trailing zeros of the decimals ("1.50" -> "1.5", "2.00" -> "2"). Default true. */
  readonly trim?: boolean;
}

/** "1234567.891" -> "1,234,567.891": groups the whole part of a plain decimal string. */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const dot = unsigned.indexOf('.');
  const whole = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const fraction = dot === -1 ? '' : unsigned.slice(dot);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction}`;
}

/**
 * `value` rounded half away from zero to `decimals` (0 to 6), as plain digits with '.' and no
 * grouping; never "-0" (a tiny negative that rounds to zero is "0").
 */
export function plainFixed(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  // toPrecision strips float noise first (1.005 * 100 = 100.49999999999999).
  const rounded = Math.round(Math.abs(Number((value * scale).toPrecision(15)))) / scale;
  const text = rounded.toFixed(decimals);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/** `value` in the app's style: `formatNumber(1234.5, { decimals: 1 })` is "1,234.5". */
export function formatNumber(
  value: number,
  { decimals = 0, trim = true }: NumberStyle = {},
): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  let text = plainFixed(value, decimals);
  if (trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  return groupThousands(text);
}
