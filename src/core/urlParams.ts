import { FAULT_CODECS, FAULT_PARAM_NAMES } from './faults/faultParams.ts';
import { CALL_LIST_SYNTAX, formatCallList, parseCallList } from './callListCodec.ts';
import * as L from './limits.ts';
import { MODEL_NAMES, THROTTLE_KINDS } from './modelSpec.ts';
import {
  formatDecimal,
  parseDecimalNumber,
  parseWholeNumber,
  quote,
  type Parsed,
} from './numberParam.ts';
import {
  choice,
  field,
  flag,
  labCodec,
  parseChoice,
  whole,
  wholeOrNone,
  type ParamCodec,
} from './paramCodec.ts';
export type { Draft, ParamCodec } from './paramCodec.ts';
import { ORIGIN_SYNTAX, parseOrigin } from './originParam.ts';
import { BROWSER_HTTP1_CONNECTIONS } from './connectionCap.ts';
import { COMPARE_BY_NAMES, CONNECTION_REUSE_NAMES, PROTOCOL_NAMES } from './runSettings.ts';
import { ENGINE_NAMES, LAB_NAMES, THEME_NAMES } from './scenario.ts';
import { ARRIVAL_NAMES } from './server/serverSpec.ts';
import { TALK_PRESET_NAMES } from './server/talkPresetNames.ts';
import { applyPreset } from './server/talkPresets.ts';

/** Milliseconds from 0, decimals allowed (the overheads). */
function decimalMs(range: L.NumberRange, places: number, example: string) {
  const parse = (text: string): Parsed<number> => {
    const parsed = parseDecimalNumber(text, {
      above: -Infinity,
      max: range.max,
      decimalPlaces: places,
    });
    return parsed.ok && parsed.value < range.min
      ? { ok: false, problem: `${quote(text)} is below the minimum of ${range.min}` }
      : parsed;
  };
  return [
    `use a number of ms from ${range.min} to ${range.max}, with at most ${places} decimal ` +
      `places (e.g. ${example})`,
    parse,
    (value: number) => formatDecimal(value, places),
  ] as const;
}

const RATE = { above: 0, max: L.MAX_RATE_PER_SEC, decimalPlaces: L.RATE_DECIMAL_PLACES };
const ARRIVAL_RATE = {
  above: 0,
  max: L.ARRIVAL_RATE_RANGE_PER_SEC.max,
  decimalPlaces: L.ARRIVAL_RATE_DECIMAL_PLACES,
};
const SPEED = { above: 0, max: L.MAX_REPLAY_SPEED, decimalPlaces: L.SPEED_DECIMAL_PLACES };

/** The URL parameters, in the canonical order of the encoded query. */
export const PARAM_NAMES = [
  'lab',
  'preset',
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
  'requests',
  'concurrency',
  'processes',
  'threads',
  'greenlets',
  'upstreamCap',
  'callOverhead',
  'requestOverhead',
  'arrival',
  'arrivalRate',
  'engine',
  'seed',
  'autorun',
  'speed',
  'compensate',
  'protocol',
  'connections',
  'connection',
  'setup',
  'compare',
  'repeat',
  ...FAULT_PARAM_NAMES,
  'embed',
  'controls',
  'still',
  'theme',
  'origin',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

export const CODECS: Readonly<Record<ParamName, ParamCodec>> = {
  lab: labCodec(...choice(LAB_NAMES, 'a lab')),
  // Sets every field the preset holds; decodeScenario applies it before any other parameter.
  preset: {
    allowed: `use one of ${TALK_PRESET_NAMES.join(', ')}`,
    decode(text, draft) {
      const parsed = parseChoice(TALK_PRESET_NAMES, 'a preset', text);
      if (!parsed.ok) return parsed.problem;
      Object.assign(draft, applyPreset(draft, parsed.value));
      return null;
    },
    encode: (scenario) => scenario.preset,
  },
  model: field('fanOut', 'model', ...choice(MODEL_NAMES, 'a model')),
  calls: field(
    'fanOut',
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
  // DEFAULT_SCENARIO.limit being null and on no preset setting a limit.
  limit: field(
    'fanOut',
    'limit',
    `use a whole number from ${L.LIMIT_RANGE.min} to ${L.LIMIT_RANGE.max}, or leave it out for the model's default`,
    (text) => parseWholeNumber(text, L.LIMIT_RANGE),
    (value) => (value === null ? null : String(value)),
  ),
  throttle: field('fanOut', 'throttle', ...choice(THROTTLE_KINDS, 'a throttle')),
  cap: field('fanOut', 'cap', ...whole(L.CAP_RANGE)),
  window: field('fanOut', 'windowMs', ...whole(L.WINDOW_RANGE_MS)),
  minTime: field('fanOut', 'minTimeMs', ...whole(L.MIN_TIME_RANGE_MS)),
  burst: field('fanOut', 'burst', ...whole(L.BURST_RANGE)),
  rate: field(
    'fanOut',
    'ratePerSec',
    `use a number of tokens per second above 0 and at most ${L.MAX_RATE_PER_SEC}, ` +
      `with at most ${L.RATE_DECIMAL_PLACES} decimal places (e.g. 0.5)`,
    (text) => parseDecimalNumber(text, RATE),
    (value) => formatDecimal(value, L.RATE_DECIMAL_PLACES),
  ),
  work: field('fanOut', 'workMs', ...whole(L.WORK_RANGE_MS)),
  requests: field('server', 'requests', ...whole(L.REQUESTS_RANGE)),
  concurrency: field('server', 'concurrency', ...whole(L.CONCURRENCY_RANGE)),
  processes: field('server', 'processes', ...whole(L.PROCESSES_RANGE)),
  threads: field('server', 'threads', ...whole(L.THREADS_RANGE)),
  greenlets: field('server', 'greenlets', ...wholeOrNone(L.GREENLETS_RANGE, 'sync workers')),
  upstreamCap: field(
    'server',
    'upstreamCap',
    ...wholeOrNone(L.UPSTREAM_CAP_RANGE, 'an unbounded upstream'),
  ),
  callOverhead: field(
    'server',
    'callOverheadMs',
    ...decimalMs(L.OVERHEAD_RANGE_MS, L.OVERHEAD_DECIMAL_PLACES, '8 or 2.5'),
  ),
  requestOverhead: field(
    'server',
    'requestOverheadMs',
    ...decimalMs(L.OVERHEAD_RANGE_MS, L.OVERHEAD_DECIMAL_PLACES, '20 or 0.25'),
  ),
  arrival: field(
    'server',
    'arrival',
    'use closed (all requests at t = 0, at most concurrency in flight, like hammer.py) or open ' +
      '(requests arrive as a Poisson process at arrivalRate per second, with no client cap)',
    (text) => parseChoice(ARRIVAL_NAMES, 'an arrival mode', text),
    (value) => value,
  ),
  arrivalRate: field(
    'server',
    'arrivalRatePerSec',
    `use a number of requests per second from ${L.ARRIVAL_RATE_RANGE_PER_SEC.min} to ` +
      `${L.ARRIVAL_RATE_RANGE_PER_SEC.max}, with at most ${L.ARRIVAL_RATE_DECIMAL_PLACES} decimal ` +
      'places (e.g. 8 or 0.5); it sets the open arrivals (arrival=open)',
    (text) => {
      const parsed = parseDecimalNumber(text, ARRIVAL_RATE);
      return parsed.ok && parsed.value < L.ARRIVAL_RATE_RANGE_PER_SEC.min
        ? {
            ok: false,
            problem: `${quote(text)} is below the minimum of ${L.ARRIVAL_RATE_RANGE_PER_SEC.min}`,
          }
        : parsed;
    },
    (value) => formatDecimal(value, L.ARRIVAL_RATE_DECIMAL_PLACES),
  ),
  engine: field('run', 'engine', ...choice(ENGINE_NAMES, 'an engine')),
  seed: field('run', 'seed', ...whole(L.SEED_RANGE)),
  autorun: field('run', 'autorun', ...flag('run when the page loads')),
  speed: field(
    'run',
    'speed',
    `use a replay speed above 0 and at most ${L.MAX_REPLAY_SPEED}, with at most ` +
      `${L.SPEED_DECIMAL_PLACES} decimal places (1 is real time, 0.25 slow motion, 10 fast)`,
    (text) => parseDecimalNumber(text, SPEED),
    (value) => formatDecimal(value, L.SPEED_DECIMAL_PLACES),
  ),
  compensate: field(
    'run',
    'compensate',
    ...flag('compensate the calibrated mock overhead in live runs'),
  ),
  protocol: field(
    'run',
    'protocol',
    `use http1 (HTTP/1.1: a browser opens at most ${BROWSER_HTTP1_CONNECTIONS} connections per ` +
      `host) or h2 (HTTP/2: every call multiplexed on one connection)`,
    (text) => parseChoice(PROTOCOL_NAMES, 'a protocol', text),
    (value) => value,
  ),
  // `connections` absent means null (the browser's default), so null is never written.
  connections: field(
    'run',
    'connections',
    `use a whole number of HTTP/1.1 connections per host from ${L.CONNECTIONS_RANGE.min} to ` +
      `${L.CONNECTIONS_RANGE.max}, or leave it out for the browser's default ` +
      `(${BROWSER_HTTP1_CONNECTIONS} over http1; h2 has no cap)`,
    (text) => parseWholeNumber(text, L.CONNECTIONS_RANGE),
    (value) => (value === null ? null : String(value)),
  ),
  connection: field(
    'run',
    'connection',
    'use keep-alive (an HTTP/1.1 connection is reused by the next call) or close (the server ' +
      'closes it after each answer, so every call opens a new one)',
    (text) => parseChoice(CONNECTION_REUSE_NAMES, 'a connection reuse', text),
    (value) => value,
  ),
  setup: field(
    'run',
    'setupMs',
    `use a whole number of ms from ${L.SETUP_RANGE_MS.min} to ${L.SETUP_RANGE_MS.max}: what ` +
      'opening one connection costs the virtual engine (DNS, TCP, TLS)',
    (text) => parseWholeNumber(text, L.SETUP_RANGE_MS),
    String,
  ),
  compare: field(
    'run',
    'compareBy',
    'use models (the Compare lab runs every model) or protocols (it runs the model over ' +
      'http1 and h2 side by side)',
    (text) => parseChoice(COMPARE_BY_NAMES, 'what Compare compares', text),
    (value) => value,
  ),
  // Issue 15, tails (docs/tails.md): K independent runs of the Fan-out lab's request.
  repeat: field(
    'run',
    'repeat',
    `use a whole number of runs from ${L.REPEAT_RANGE.min} to ${L.REPEAT_RANGE.max}: the ` +
      'Fan-out lab runs its request that many times, each with new draws, and shows the ' +
      'distribution of its latency (leave it out for 1, one run)',
    (text) => parseWholeNumber(text, L.REPEAT_RANGE),
    (value) => (value === 1 ? null : String(value)),
  ),
  ...FAULT_CODECS,
  // Presenting (docs/embedding.md).
  embed: field('view', 'embed', ...flag('show the lab alone, sized to its frame (a slide)')),
  controls: field('view', 'controls', ...flag('show Run, Reset and the model choice')),
  still: field(
    'view',
    'still',
    ...flag('leave every key to the host page (a passive frame that never takes the keyboard)'),
  ),
  theme: field('view', 'theme', ...choice(THEME_NAMES, 'a theme')),
  // `origin` absent means any parent (null), so null is never written.
  origin: field(
    'view',
    'origin',
    `use ${ORIGIN_SYNTAX}, or leave it out to accept any parent page`,
    parseOrigin,
    (value) => value,
  ),
};
