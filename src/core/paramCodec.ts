import type { NumberRange } from './limits.ts';
import { parseWholeNumber, quote, type Parsed } from './numberParam.ts';
import type { Scenario } from './scenario.ts';

/** A scenario being decoded: codecs write its fields one parameter at a time. */
export type Draft = { -readonly [K in keyof Scenario]: Scenario[K] };

/** How one parameter maps to a field of the scenario. */
export interface ParamCodec {
  /** What may be written, e.g. `use a whole number from 1 to 100000`. */
  readonly allowed: string;
  /** Sets the field from `text`, or returns the problem (the field keeps its value). */
  decode(text: string, draft: Draft): string | null;
  /** The field's text, or null when it is not written at all. */
  encode(scenario: Scenario): string | null;
}

/** The parts of a scenario that the URL's parameters set field by field. */
type PartName = Exclude<keyof Scenario, 'lab' | 'preset'>;

export function field<P extends PartName, K extends keyof Scenario[P] & string>(
  part: P,
  key: K,
  allowed: string,
  parse: (text: string) => Parsed<Scenario[P][K]>,
  format: (value: Scenario[P][K]) => string | null,
): ParamCodec {
  return {
    allowed,
    decode(text, draft) {
      const parsed = parse(text);
      if (!parsed.ok) return parsed.problem;
      draft[part] = { ...draft[part], [key]: parsed.value };
      return null;
    },
    encode: (scenario) => format(scenario[part][key]),
  };
}

/** The `lab` parameter, the one field outside the parts. */
export function labCodec(
  allowed: string,
  parse: (text: string) => Parsed<Scenario['lab']>,
  format: (value: Scenario['lab']) => string,
): ParamCodec {
  return {
    allowed,
    decode(text, draft) {
      const parsed = parse(text);
      if (!parsed.ok) return parsed.problem;
      draft.lab = parsed.value;
      return null;
    },
    encode: (scenario) => format(scenario.lab),
  };
}

export function parseChoice<T extends string>(
  options: readonly T[],
  noun: string,
  text: string,
): Parsed<T> {
  const value = options.find((option) => option === text);
  return value === undefined
    ? { ok: false, problem: `${quote(text)} is not ${noun}` }
    : { ok: true, value };
}

export function choice<T extends string>(options: readonly T[], noun: string) {
  const parse = (text: string): Parsed<T> => parseChoice(options, noun, text);
  return [`use one of ${options.join(', ')}`, parse, (value: T) => value] as const;
}

const FLAG: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };

/** A 1/0 switch (true and false work too). */
export function flag(what: string) {
  const parse = (text: string): Parsed<boolean> => {
    const value = Object.hasOwn(FLAG, text) ? FLAG[text] : undefined;
    return value === undefined
      ? { ok: false, problem: `${quote(text)} is not 1 or 0` }
      : { ok: true, value };
  };
  return [
    `use 1 to ${what} or 0 not to (true and false work too)`,
    parse,
    (value: boolean) => (value ? '1' : '0'),
  ] as const;
}

export function whole(range: NumberRange) {
  const parse = (text: string) => parseWholeNumber(text, range);
  return [`use a whole number from ${range.min} to ${range.max}`, parse, String] as const;
}

/**
 * A whole number, or `none` for null. `none` is only ever written when a preset sets a number
 * and the scenario has none: absent means the default (null) or the preset's value.
 */
export function wholeOrNone(range: NumberRange, noneMeans: string) {
  const parse = (text: string): Parsed<number | null> =>
    text === 'none' ? { ok: true, value: null } : parseWholeNumber(text, range);
  return [
    `use a whole number from ${range.min} to ${range.max}, or none for ${noneMeans}`,
    parse,
    (value: number | null) => (value === null ? 'none' : String(value)),
  ] as const;
}
