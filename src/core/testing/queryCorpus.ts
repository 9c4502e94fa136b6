import * as L from '../limits.ts';
import { MODEL_NAMES, THROTTLE_KINDS } from '../modelSpec.ts';
import { JITTER_KINDS, RETRY_SLOT_KINDS, SETTLE_KINDS } from '../policy/callPolicy.ts';
import { COMPARE_BY_NAMES, CONNECTION_REUSE_NAMES, PROTOCOL_NAMES } from '../runSettings.ts';
import { LAB_NAMES, THEME_NAMES } from '../scenario.ts';
import { TALK_PRESET_NAMES } from '../server/talkPresetNames.ts';
import { PARAM_NAMES, type ParamName } from '../urlParams.ts';

/**
 * Random query strings over every URL parameter the codec accepts: valid values, the edges of
 * each range, invalid ones, presets, repeats, unknown names and odd encodings. Seeded and
 * deterministic, so the corpus recorded from it (codecCorpus.json) can be regenerated exactly.
 */

/** mulberry32: a small seeded generator, fixed here so the corpus never depends on another. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function whole(range: L.NumberRange): string[] {
  const mid = Math.floor((range.min + range.max) / 3);
  return [
    String(range.min),
    String(range.max),
    String(range.min - 1),
    String(range.max + 1),
    String(mid),
    String(range.min + 1),
    '1.5',
    '-1',
    'abc',
    '',
    '1e3',
    '007',
  ];
}

const FLAGS = ['1', '0', 'true', 'false', 'yes', ''];
const RATES = [
  'reviews:20,*:5',
  '*:50',
  '*:60',
  '*:100',
  'user:101',
  'session:30,user:40',
  'user:70,*:10',
  'a:1,a:2',
  'x',
  '',
];
const MS_OR_NONE = [...whole(L.POLICY_DELAY_RANGE_MS), 'none', '50', '300'];

/** The values tried for each parameter (valid first, then edges and invalid ones). */
const VALUES: Readonly<Record<ParamName, readonly string[]>> = {
  lab: [...LAB_NAMES, 'server', 'compare', 'Server', 'x', ''],
  preset: [...TALK_PRESET_NAMES, 'talk', ''],
  model: [...MODEL_NAMES, 'pool', ''],
  calls: [
    '125,250',
    'user:100~900*3,125',
    'a:80-160*4',
    'db:5',
    'session:125,business:250,user:375,reviews:500',
    '1*12',
    '1*50',
    '',
    'x:',
    '125,1user:250',
    '900~100',
    '1*0',
  ],
  limit: whole(L.LIMIT_RANGE),
  throttle: [...THROTTLE_KINDS, 'leaky'],
  cap: whole(L.CAP_RANGE),
  window: whole(L.WINDOW_RANGE_MS),
  minTime: whole(L.MIN_TIME_RANGE_MS),
  burst: whole(L.BURST_RANGE),
  rate: ['0.5', '4', '100000', '100000.1', '0', '1.1234567', '2.000001', 'abc', '-2'],
  work: whole(L.WORK_RANGE_MS),
  requests: [...whole(L.REQUESTS_RANGE), '5000'],
  concurrency: whole(L.CONCURRENCY_RANGE),
  processes: whole(L.PROCESSES_RANGE),
  threads: whole(L.THREADS_RANGE),
  greenlets: [...whole(L.GREENLETS_RANGE), 'none', '50'],
  upstreamCap: [...whole(L.UPSTREAM_CAP_RANGE), 'none', '200'],
  callOverhead: ['2.5', '0', '60000', '60001', '-1', '0.0005', '8', '1.125', 'x'],
  requestOverhead: ['20', '0.25', '0', '60000.001', '-0.5', '3.1415', ''],
  arrival: ['closed', 'open', 'poisson', ''],
  arrivalRate: ['8', '0.5', '0.001', '10000', '0', '10000.5', '0.0001', 'x', ''],
  // The engines when the corpus was recorded: `network` came later and would shift the picks.
  engine: ['virtual', 'live', 'live', 'x'],
  protocol: [...PROTOCOL_NAMES, 'h3', ''],
  connections: [...whole(L.CONNECTIONS_RANGE), '6'],
  connection: [...CONNECTION_REUSE_NAMES, 'reuse'],
  setup: whole(L.SETUP_RANGE_MS),
  compare: [...COMPARE_BY_NAMES, 'lanes'],
  repeat: [...whole(L.REPEAT_RANGE), '1000', 'x'],
  seed: whole(L.SEED_RANGE),
  autorun: FLAGS,
  speed: ['1', '0.25', '10', '100', '101', '0', '0.125', '2', 'fast'],
  compensate: FLAGS,
  error: RATES,
  hang: RATES,
  busy: RATES,
  retryAfter: whole(L.RETRY_AFTER_RANGE_S),
  hangFor: whole(L.HANG_FOR_RANGE_MS),
  timeout: MS_OR_NONE,
  retries: [...whole(L.RETRIES_RANGE), '3', '10'],
  backoff: whole(L.BACKOFF_RANGE_MS),
  maxBackoff: whole(L.MAX_BACKOFF_RANGE_MS),
  jitter: [...JITTER_KINDS, 'half'],
  retrySlot: [...RETRY_SLOT_KINDS, 'hold'],
  settle: [...SETTLE_KINDS, 'any'],
  cancel: FLAGS,
  hedge: MS_OR_NONE,
  embed: FLAGS,
  controls: FLAGS,
  still: FLAGS,
  theme: [...THEME_NAMES, 'neon'],
  origin: [
    'https://slides.example',
    'http://localhost:8080',
    'https://a.example:443',
    'https://x.example/path',
    'ftp://a.example',
    '',
  ],
};

/**
 * The parameters the generator picks from: those of the codec when codecCorpus.json was
 * recorded. A parameter added since (`still`) would shift every later pick and so change the
 * recorded queries; it has its own tests in urlCodec.test.ts, and the corpus keeps proving that
 * the old links decode and encode as they did. (`protocol`, `connections`, `connection`, `setup` and `compare` likewise, issue 14.)
 */
export const ADDED_SINCE_RECORDING: readonly ParamName[] = [
  'still',
  'protocol',
  'connections',
  'connection',
  'setup',
  'compare',
  // Issue 15, tails.
  'repeat',
  // Issue 15 (open arrivals).
  'arrival',
  'arrivalRate',
];
const RECORDED_PARAM_NAMES = PARAM_NAMES.filter((name) => !ADDED_SINCE_RECORDING.includes(name));

const UNKNOWN_NAMES = ['foo', 'Lab', '%ZZ', '', 'window%20', 'seed '];

/** `count` query strings from `seed`; the same arguments always give the same strings. */
export function randomQueries(seed: number, count: number): string[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    const segments: string[] = [];
    if (random() < 0.6) segments.push(`lab=${pick(['server', 'compare', 'fanout'])}`);
    if (random() < 0.25) segments.push(`preset=${pick(TALK_PRESET_NAMES)}`);
    const more = Math.floor(random() * 9);
    for (let i = 0; i < more; i++) {
      const roll = random();
      if (roll < 0.04) {
        segments.push(`${pick(UNKNOWN_NAMES)}=${pick(['1', '', 'x'])}`);
        continue;
      }
      if (roll < 0.06) {
        segments.push(pick(['', 'embed', 'seed=%E0%A4%A', '=1']));
        continue;
      }
      const name = pick(RECORDED_PARAM_NAMES);
      const value = pick(VALUES[name]);
      const style = random();
      const written =
        style < 0.15
          ? encodeURIComponent(value)
          : style < 0.2
            ? ` ${value}`.replaceAll(' ', '+')
            : value;
      segments.push(`${name}=${written}`);
      // Now and then the same parameter again (the first value wins).
      if (random() < 0.05) segments.push(`${name}=${pick(VALUES[name])}`);
    }
    // A few big scenarios that reach the server, live and copy caps (kept rare: they are long).
    if (random() < 0.01) segments.push('requests=100000&calls=1*11');
    if (random() < 0.001) segments.push('engine=live&calls=1*1001');
    const query = segments.join('&');
    queries.push(random() < 0.1 ? `?${query}` : query);
  }
  return queries;
}
