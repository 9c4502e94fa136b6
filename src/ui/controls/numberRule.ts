import type { NumberRange } from '../../core/limits.ts';
import { formatDecimal, parseDecimalNumber, parseWholeNumber } from '../../core/numberParam.ts';
import type { Validated } from './validated.ts';

/**
 * What a number field accepts. Ranges come from core/limits.ts, so a field can never hand the
 * scenario a value that the URL codec would reject.
 */
export type NumberRule =
  | { readonly kind: 'whole'; readonly range: NumberRange; readonly unit: string }
  | {
      readonly kind: 'decimal';
      /** The value must be strictly above this. */
      readonly above: number;
      readonly max: number;
      readonly decimalPlaces: number;
      readonly unit: string;
    };

/** A rule for whole numbers only (what a field that may also be empty accepts). */
export type WholeRule = Extract<NumberRule, { readonly kind: 'whole' }>;

/** `unit` is appended to the allowed range in messages ('' for plain counts). */
export function wholeRule(range: NumberRange, unit = ''): WholeRule {
  return { kind: 'whole', range, unit };
}

function withUnit(value: number, unit: string): string {
  return unit === '' ? String(value) : `${value} ${unit}`;
}

/** "a whole number from 1 to 100000 ms": the second half of every message. */
export function allowedText(rule: NumberRule): string {
  if (rule.kind === 'whole') {
    return `a whole number from ${rule.range.min} to ${withUnit(rule.range.max, rule.unit)}`;
  }
  return (
    `a number above ${rule.above} and at most ${withUnit(rule.max, rule.unit)}, ` +
    `with at most ${rule.decimalPlaces} decimal places`
  );
}

/**
 * Checks a field's text. Surrounding spaces are forgiven (a pasted " 5"); anything else the
 * URL codec would refuse is refused here, with the codec's own wording of the problem.
 */
export function validateNumber(text: string, rule: NumberRule): Validated<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter ${allowedText(rule)}.` };
  const parsed =
    rule.kind === 'whole'
      ? parseWholeNumber(trimmed, rule.range)
      : parseDecimalNumber(trimmed, rule);
  if (parsed.ok) return parsed;
  return { ok: false, message: `${parsed.problem}: use ${allowedText(rule)}.` };
}

/** The text a field shows for a valid value (never an exponent, at most the allowed decimals). */
export function formatNumber(value: number, rule: NumberRule): string {
  return rule.kind === 'whole' ? String(value) : formatDecimal(value, rule.decimalPlaces);
}

/**
 * The value after one Arrow Up / Arrow Down press (`steps` = +1 or -1, PageUp/PageDown use ±10),
 * kept inside the rule's range. A step that would leave a decimal range (rate 0.5 minus 1) stops
 * at the edge it may reach, or stays put when it may not reach it (the exclusive lower bound).
 */
export function stepNumber(value: number, steps: number, rule: NumberRule): number {
  const next = value + steps;
  if (rule.kind === 'whole') return Math.min(rule.range.max, Math.max(rule.range.min, next));
  if (next > rule.max) return rule.max;
  return next > rule.above ? next : value;
}
