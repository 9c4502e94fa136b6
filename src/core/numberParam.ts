import type { NumberRange } from './limits.ts';

/**
 * The outcome of parsing one piece of text. A failure's `problem` is a clause that starts with
 * the quoted text, e.g. `"abc" is not a whole number`, ready to be put into a message.
 */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** Longest text (in code points) quoted in a message; longer text is cut and ends with `…`. */
const QUOTE_LIMIT = 40;

/**
 * Quotes user text for a message: cut to QUOTE_LIMIT code points (never splitting a surrogate
 * pair) and JSON-escaped, so quotes, control characters and lone surrogates stay visible.
 */
export function quote(text: string): string {
  // Slicing first keeps this cheap for a huge value; 2 code units per code point at most, plus
  // one more, so a longer text always yields more than QUOTE_LIMIT code points here.
  const points = Array.from(text.slice(0, QUOTE_LIMIT * 2 + 1));
  const cut = points.length > QUOTE_LIMIT;
  return JSON.stringify(cut ? `${points.slice(0, QUOTE_LIMIT).join('')}…` : text);
}

// Plain decimal only: no exponent, hex, sign `+`, whitespace, Infinity or NaN. A leading `-` is
// accepted by the syntax so that "-5" is reported as too small rather than as "not a number".
const WHOLE = /^-?[0-9]+$/;
const DECIMAL = /^-?[0-9]+(?:\.([0-9]+))?$/;

/** Parses a plain decimal whole number within `range` (inclusive). */
export function parseWholeNumber(text: string, range: NumberRange): Parsed<number> {
  if (text === '') return fail(text, 'is empty');
  if (!WHOLE.test(text)) return fail(text, 'is not a whole number');
  return inRange(text, Number(text), range);
}

export interface DecimalRange {
  /** The value must be strictly above this. */
  readonly above: number;
  /** The value must be at most this. */
  readonly max: number;
  /** The most digits allowed after the decimal point (trailing zeros do not count). */
  readonly decimalPlaces: number;
}

/** Parses a plain decimal number like `4`, `0.5` or `12.25` within `range`. */
export function parseDecimalNumber(text: string, range: DecimalRange): Parsed<number> {
  if (text === '') return fail(text, 'is empty');
  const match = DECIMAL.exec(text);
  if (match === null) return fail(text, 'is not a number');
  const fraction = (match[1] ?? '').replace(/0+$/, '');
  if (fraction.length > range.decimalPlaces) {
    return fail(text, `has more than ${range.decimalPlaces} decimal places`);
  }
  // `+ 0` turns -0 into 0, so "-0" and "0" give the same scenario.
  const value = Number(text) + 0;
  if (!(value > range.above)) return fail(text, `is not above ${range.above}`);
  if (value > range.max) return fail(text, `is above the maximum of ${range.max}`);
  return { ok: true, value };
}

function inRange(text: string, parsed: number, range: NumberRange): Parsed<number> {
  const value = parsed + 0;
  if (value < range.min) return fail(text, `is below the minimum of ${range.min}`);
  if (value > range.max) return fail(text, `is above the maximum of ${range.max}`);
  return { ok: true, value };
}

function fail(text: string, why: string): { ok: false; problem: string } {
  return { ok: false, problem: `${quote(text)} ${why}` };
}

/**
 * Writes a number in the plain decimal form the parsers accept: whole numbers as they are,
 * others rounded to `decimalPlaces` without trailing zeros (never an exponent for values the
 * limits allow).
 */
export function formatDecimal(value: number, decimalPlaces: number): string {
  if (Number.isInteger(value)) return String(value);
  const fixed = value.toFixed(decimalPlaces);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
