import { capCopies } from './faults/capCopies.ts';
import { capFaultRates } from './faults/faultParams.ts';
import { copyFixText, worstCaseCopies, worstCaseText } from './faults/worstCaseCopies.ts';
import { MAX_LIVE_CALLS, MAX_LIVE_COPIES, MAX_SERVER_CALLS } from './limits.ts';
import { quote } from './numberParam.ts';
import { sendsRealFetches } from './runSettings.ts';
import { DEFAULT_SCENARIO, type Scenario } from './scenario.ts';
import { applyPreset } from './server/talkPresets.ts';
import { CODECS, PARAM_NAMES, type Draft, type ParamName } from './urlParams.ts';

/** A problem with one URL parameter; the scenario used the default for it instead. */
export interface ParamMessage {
  /** The parameter as written in the URL (decoded when it could be). */
  readonly param: string;
  /** Its whole value (decoded when it could be); the message quotes a shortened copy. */
  readonly value: string;
  /** One sentence starting with the parameter: what is wrong, and what is allowed. */
  readonly message: string;
}

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

/** A parameter that passed the name checks, waiting to be applied (the preset goes first). */
interface Accepted {
  readonly name: ParamName;
  /** The decoded value; null when it was not valid percent-encoding. */
  readonly value: string | null;
  readonly rawValue: string;
  readonly say: (message: string) => void;
}

/**
 * Reads a scenario from a query string (with or without the leading `?`). Never throws: every
 * parameter that is unknown, repeated, malformed or out of range yields a message (in the order
 * of the query), and its field keeps the value it had (the preset's, or DEFAULT_SCENARIO's, which
 * are valid), so the returned scenario always satisfies src/core/limits.ts.
 *
 * `preset` is applied first, wherever it stands, and every other parameter then overrides the
 * preset's value: `threads=8&preset=talk-sync-threads` runs 8 threads.
 */
export function decodeScenario(query: string): { scenario: Scenario; messages: ParamMessage[] } {
  const draft: Draft = { ...DEFAULT_SCENARIO };
  // Messages carry their segment's position, so they come out in the query's order.
  const found: Array<{ readonly at: number; readonly message: ParamMessage }> = [];
  const seen = new Map<ParamName, string>();
  const accepted: Accepted[] = [];
  const body = query.startsWith('?') ? query.slice(1) : query;
  body.split('&').forEach((segment, at) => {
    if (segment === '') return;
    const eq = segment.indexOf('=');
    const rawName = eq === -1 ? segment : segment.slice(0, eq);
    const rawValue = eq === -1 ? '' : segment.slice(eq + 1);
    const name = decodeComponent(rawName);
    const value = decodeComponent(rawValue);
    const param = name ?? rawName;
    const shownValue = value ?? rawValue;
    const say = (message: string): void => {
      found.push({
        at,
        message: { param, value: shownValue, message: `${display(param)}: ${message}.` },
      });
    };
    if (name === null || !isParamName(name)) {
      const why = name === null ? 'its name is not valid percent-encoding' : 'it is ignored';
      say(`unknown parameter (${why}); ${KNOWN}`);
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      say(
        `${quote(shownValue)} repeats the parameter and is ignored; the first value, ${quote(first)}, is used`,
      );
      return;
    }
    seen.set(name, shownValue);
    accepted.push({ name, value, rawValue, say });
  });
  const presetFirst = [
    ...accepted.filter((p) => p.name === 'preset'),
    ...accepted.filter((p) => p.name !== 'preset'),
  ];
  for (const { name, value, rawValue, say } of presetFirst) {
    const codec = CODECS[name];
    const problem =
      value === null
        ? `${quote(rawValue)} is not valid percent-encoding`
        : codec.decode(value, draft);
    if (problem !== null) say(`${problem}; ${codec.allowed}`);
  }
  const messages = found.sort((a, b) => a.at - b.at).map((f) => f.message);
  const capped = capFaultRates(draft.faults);
  draft.faults = capped.faults;
  messages.push(...capped.problems);
  capServerCalls(draft, messages);
  messages.push(...capCopies(draft));
  capLiveRun(draft, messages);
  return { scenario: draft, messages };
}

/**
 * A live or network run sends at most MAX_LIVE_CALLS calls and, with retries and hedges, at most
 * MAX_LIVE_COPIES copies in the worst case (each is a real fetch()): past either, the run keeps
 * its settings and uses the virtual engine, which runs them exactly. (The Server lab's live runs
 * have their own bound.)
 */
function capLiveRun(draft: Draft, messages: ParamMessage[]): void {
  const engine = draft.run.engine;
  if (!sendsRealFetches(engine)) return;
  let message: string;
  if (draft.fanOut.calls.length > MAX_LIVE_CALLS) {
    message =
      `engine: "${engine}" runs at most ${MAX_LIVE_CALLS} calls and this scenario has ` +
      `${draft.fanOut.calls.length}, so the run uses the virtual engine instead.`;
  } else {
    const worst = worstCaseCopies(draft);
    if (draft.lab === 'server' || worst.total <= MAX_LIVE_COPIES) return;
    message =
      `engine: "${engine}" sends at most ${MAX_LIVE_COPIES} copies of calls (each a real fetch()) and ` +
      `this scenario may send ${worstCaseText(worst)}, so the run uses the virtual engine ` +
      `instead; to run it ${engine === 'live' ? 'live' : 'over the network'}, ` +
      `${copyFixText(worst, MAX_LIVE_COPIES)}.`;
  }
  draft.run = { ...draft.run, engine: 'virtual' };
  messages.push({ param: 'engine', value: engine, message });
}

/**
 * A Server lab run makes requests x calls upstream calls, at most MAX_SERVER_CALLS: past it, the
 * run keeps its calls and sends as many requests as fit. Other labs make one request, so a long
 * call list there never touches `requests`.
 */
function capServerCalls(draft: Draft, messages: ParamMessage[]): void {
  const total = draft.server.requests * draft.fanOut.calls.length;
  if (draft.lab !== 'server' || total <= MAX_SERVER_CALLS) return;
  const fitting = Math.floor(MAX_SERVER_CALLS / draft.fanOut.calls.length);
  messages.push({
    param: 'requests',
    value: String(draft.server.requests),
    message:
      `requests: ${draft.server.requests} requests of ${draft.fanOut.calls.length} calls make ${total} ` +
      `upstream calls, more than the ${MAX_SERVER_CALLS} a server run may make, so the run ` +
      `sends ${fitting} requests instead.`,
  });
  draft.server = { ...draft.server, requests: fitting };
}

/**
 * encodeURIComponent, but `:` and `,` (valid in a query) stay readable in call lists, and `/` in
 * an origin (`origin=https://slides.example`).
 */
function escapeValue(text: string): string {
  return encodeURIComponent(text)
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%2F', '/');
}

/**
 * Writes a scenario as its canonical query string, without the leading `?`: parameters in the
 * order of PARAM_NAMES, only those that differ from the scenario's base; '' for the default
 * scenario. The base is DEFAULT_SCENARIO, or with a preset, DEFAULT_SCENARIO with the preset's
 * values: `preset` is written, then only what differs from the preset (`none` for a greenlet count
 * or upstream capacity the preset sets and the scenario does not).
 * For every scenario that satisfies the limits, `decodeScenario(encodeScenario(s))` gives back
 * `s` with no messages. Values outside the limits are written anyway (decoding reports them).
 */
export function encodeScenario(scenario: Scenario): string {
  const base =
    scenario.preset === null ? DEFAULT_SCENARIO : applyPreset(DEFAULT_SCENARIO, scenario.preset);
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const codec = CODECS[name];
    const text = codec.encode(scenario);
    const reference = name === 'preset' ? DEFAULT_SCENARIO : base;
    if (text === null || text === codec.encode(reference)) continue;
    parts.push(`${name}=${escapeValue(text)}`);
  }
  return parts.join('&');
}
