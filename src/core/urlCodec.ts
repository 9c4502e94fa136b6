import { CALL_LIST_SYNTAX, formatCallList, parseCallList } from './callListCodec.ts';
import {
  BURST_RANGE,
  CAP_RANGE,
  LIMIT_RANGE,
  MAX_LIVE_CALLS,
  MAX_RATE_PER_SEC,
  MAX_REPLAY_SPEED,
  SPEED_DECIMAL_PLACES,
  MIN_TIME_RANGE_MS,
  RATE_DECIMAL_PLACES,
  SEED_RANGE,
  WINDOW_RANGE_MS,
  WORK_RANGE_MS,
  type NumberRange,
} from './limits.ts';
import { MODEL_NAMES, THROTTLE_KINDS } from './modelSpec.ts';
import {
  formatDecimal,
  parseDecimalNumber,
  parseWholeNumber,
  quote,
  type Parsed,
} from './numberParam.ts';
import { DEFAULT_SCENARIO, ENGINE_NAMES, LAB_NAMES, type Scenario } from './scenario.ts';

/** A problem with one URL parameter; the scenario used the default for it instead. */
export interface ParamMessage {
  /** The parameter as written in the URL (decoded when it could be). */
  readonly param: string;
  /** Its whole value (decoded when it could be); the message quotes a shortened copy. */
  readonly value: string;
  /** One sentence starting with the parameter: what is wrong, and what is allowed. */
  readonly message: string;
}

type Draft = { -readonly [K in keyof Scenario]: Scenario[K] };

/** How one parameter maps to a field of the scenario. */
interface ParamCodec {
  /** What may be written, e.g. `use a whole number from 1 to 100000`. */
  readonly allowed: string;
  /** Sets the field from `text`, or returns the problem (the field keeps its default). */
  decode(text: string, draft: Draft): string | null;
  /** The field's text, or null when it is not written at all. */
  encode(scenario: Scenario): string | null;
}

function field<K extends keyof Scenario>(
  key: K,
  allowed: string,
  parse: (text: string) => Parsed<Scenario[K]>,
  format: (value: Scenario[K]) => string | null,
): ParamCodec {
  return {
    allowed,
    decode(text, draft) {
      const parsed = parse(text);
      if (!parsed.ok) return parsed.problem;
      draft[key] = parsed.value;
      return null;
    },
    encode: (scenario) => format(scenario[key]),
  };
}

function choice<T extends string>(options: readonly T[], noun: string) {
  const parse = (text: string): Parsed<T> => {
    const value = options.find((option) => option === text);
    return value === undefined
      ? { ok: false, problem: `${quote(text)} is not ${noun}` }
      : { ok: true, value };
  };
  return [`use one of ${options.join(', ')}`, parse, (value: T) => value] as const;
}

/** A 1/0 switch (true and false work too). */
function flag(what: string) {
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

function whole(range: NumberRange) {
  const parse = (text: string) => parseWholeNumber(text, range);
  return [`use a whole number from ${range.min} to ${range.max}`, parse, String] as const;
}

const RATE = { above: 0, max: MAX_RATE_PER_SEC, decimalPlaces: RATE_DECIMAL_PLACES };

const SPEED = { above: 0, max: MAX_REPLAY_SPEED, decimalPlaces: SPEED_DECIMAL_PLACES };

const FLAG: Readonly<Record<string, boolean>> = {
  '1': true,
  true: true,
  '0': false,
  false: false,
};

/** The URL parameters, in the canonical order of the encoded query. */
const PARAM_NAMES = [
  'lab',
  'model',
  'calls',
  'limit',
  'throttle',
  'cap',
  'window',
  'minTime',
  'burst',
  'rate',
  'work',
  'engine',
  'seed',
  'autorun',
  'speed',
  'compensate',
] as const;
type ParamName = (typeof PARAM_NAMES)[number];

const CODECS: Readonly<Record<ParamName, ParamCodec>> = {
  lab: field('lab', ...choice(LAB_NAMES, 'a lab')),
  model: field('model', ...choice(MODEL_NAMES, 'a model')),
  calls: field(
    'calls',
    `write calls as ${CALL_LIST_SYNTAX}`,
    (text) => {
      const parsed = parseCallList(text);
      return parsed.ok
        ? { ok: true, value: parsed.calls }
        : { ok: false, problem: parsed.error.problem };
    },
    formatCallList,
  ),
  // `limit` absent means null (the model's default), so null is never written. This relies on
  // DEFAULT_SCENARIO.limit being null: otherwise a null limit could not be expressed in a URL.
  limit: field(
    'limit',
    `use a whole number from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}, or leave it out for the model's default`,
    (text) => parseWholeNumber(text, LIMIT_RANGE),
    (value) => (value === null ? null : String(value)),
  ),
  throttle: field('throttle', ...choice(THROTTLE_KINDS, 'a throttle')),
  cap: field('cap', ...whole(CAP_RANGE)),
  window: field('windowMs', ...whole(WINDOW_RANGE_MS)),
  minTime: field('minTimeMs', ...whole(MIN_TIME_RANGE_MS)),
  burst: field('burst', ...whole(BURST_RANGE)),
  rate: field(
    'ratePerSec',
    `use a number of tokens per second above 0 and at most ${MAX_RATE_PER_SEC}, ` +
      `with at most ${RATE_DECIMAL_PLACES} decimal places (e.g. 0.5)`,
    (text) => parseDecimalNumber(text, RATE),
    (value) => formatDecimal(value, RATE_DECIMAL_PLACES),
  ),
  work: field('workMs', ...whole(WORK_RANGE_MS)),
  engine: field('engine', ...choice(ENGINE_NAMES, 'an engine')),
  seed: field('seed', ...whole(SEED_RANGE)),
  autorun: field('autorun', ...flag('run when the page loads')),
  speed: field(
    'speed',
    `use a replay speed above 0 and at most ${MAX_REPLAY_SPEED}, with at most ` +
      `${SPEED_DECIMAL_PLACES} decimal places (1 is real time, 0.25 slow motion, 10 fast)`,
    (text) => parseDecimalNumber(text, SPEED),
    (value) => formatDecimal(value, SPEED_DECIMAL_PLACES),
  ),
  compensate: field('compensate', ...flag('compensate the calibrated mock overhead in live runs')),
};

const KNOWN = `known parameters are ${PARAM_NAMES.join(', ')}`;

function isParamName(name: string): name is ParamName {
  return Object.hasOwn(CODECS, name);
}

/** decodeURIComponent with `+` as a space (form encoding); null for malformed percent-encoding. */
function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** The name of a parameter as a message starts with it: shortened, and visible when empty. */
function display(name: string): string {
  const quoted = quote(name);
  return quoted === `"${name}"` && name !== '' ? name : quoted;
}

/**
 * Reads a scenario from a query string (with or without the leading `?`). Never throws: every
 * parameter that is unknown, repeated, malformed or out of range yields a message, and its field
 * keeps the DEFAULT_SCENARIO value (which is itself valid), so the returned scenario always
 * satisfies src/core/limits.ts.
 */
export function decodeScenario(query: string): { scenario: Scenario; messages: ParamMessage[] } {
  const draft: Draft = { ...DEFAULT_SCENARIO };
  const messages: ParamMessage[] = [];
  const seen = new Map<ParamName, string>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const segment of body.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawName = eq === -1 ? segment : segment.slice(0, eq);
    const rawValue = eq === -1 ? '' : segment.slice(eq + 1);
    const name = decodeComponent(rawName);
    const value = decodeComponent(rawValue);
    const param = name ?? rawName;
    const shownValue = value ?? rawValue;
    const say = (message: string): void => {
      messages.push({ param, value: shownValue, message: `${display(param)}: ${message}.` });
    };
    if (name === null || !isParamName(name)) {
      const why = name === null ? 'its name is not valid percent-encoding' : 'it is ignored';
      say(`unknown parameter (${why}); ${KNOWN}`);
      continue;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      say(
        `${quote(shownValue)} repeats the parameter and is ignored; the first value, ${quote(first)}, is used`,
      );
      continue;
    }
    seen.set(name, shownValue);
    const codec = CODECS[name];
    const problem =
      value === null
        ? `${quote(rawValue)} is not valid percent-encoding`
        : codec.decode(value, draft);
    if (problem !== null) say(`${problem}; ${codec.allowed}`);
  }
  if (draft.engine === 'live' && draft.calls.length > MAX_LIVE_CALLS) {
    draft.engine = 'virtual';
    messages.push({
      param: 'engine',
      value: 'live',
      message:
        `engine: "live" runs at most ${MAX_LIVE_CALLS} calls and this scenario has ` +
        `${draft.calls.length}, so the run uses the virtual engine instead.`,
    });
  }
  return { scenario: draft, messages };
}

/** encodeURIComponent, but `:` and `,` (valid in a query) stay readable in call lists. */
function escapeValue(text: string): string {
  return encodeURIComponent(text).replaceAll('%3A', ':').replaceAll('%2C', ',');
}

/**
 * Writes a scenario as its canonical query string, without the leading `?`: parameters in the
 * order of CODECS, only those that differ from DEFAULT_SCENARIO; '' for the default scenario.
 * For every scenario that satisfies the limits, `decodeScenario(encodeScenario(s))` gives back
 * `s` with no messages. Values outside the limits are written anyway (decoding reports them).
 */
export function encodeScenario(scenario: Scenario): string {
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const codec = CODECS[name];
    const text = codec.encode(scenario);
    if (text === null || text === codec.encode(DEFAULT_SCENARIO)) continue;
    parts.push(`${name}=${escapeValue(text)}`);
  }
  return parts.join('&');
}
