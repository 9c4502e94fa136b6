import { DEFAULT_FAN_OUT, TALK_CALLS, type FanOutSettings } from '../fanOutSettings.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario.ts';
import { DEFAULT_SERVER_SPEC, type ServerSpec } from './serverSpec.ts';
import type { TalkNoteId } from './talkNotes.ts';
import { TALK_PRESET_NAMES, type TalkPresetName } from './talkPresetNames.ts';

/** The fields a preset sets; every other field of the scenario keeps its value. */
export type PresetValues = Pick<FanOutSettings, 'model' | 'calls' | 'workMs'> & ServerSpec;

/** `scenario` with some preset values set (written flat in the presets, set here part by part). */
export function withPresetValues(scenario: Scenario, values: Partial<PresetValues>): Scenario {
  const { fanOut } = scenario;
  const { model = fanOut.model, calls = fanOut.calls, workMs = fanOut.workMs, ...server } = values;
  return {
    ...scenario,
    fanOut: { ...fanOut, model, calls, workMs },
    server: { ...scenario.server, ...server },
  };
}

/** A measurement of a variant of the row (the same preset with a few fields changed). */
export interface TalkVariant {
  readonly label: string;
  readonly changes: Partial<PresetValues>;
  /**
   * What the virtual engine gives with no overheads. Not always the closed form: at concurrency
   * 100 the upstream's 200 binds (400 calls at once), and 0.5 s becomes 1 s.
   */
  readonly idealSeconds: number;
  /** Measured with the talk's own code on uWSGI 2.0.21 and Python 3.11. */
  readonly referenceSeconds: number;
}

/** One row of the talk's table (DESIGN.md), as a runnable scenario with its numbers. */
export interface TalkPreset {
  readonly name: TalkPresetName;
  /** The row's name in the table, e.g. `sync processes`. */
  readonly title: string;
  /** One sentence: what the row shows. */
  readonly summary: string;
  readonly values: PresetValues;
  /** The talk's published number(s), in seconds: gevent 100 was measured twice. Empty: none. */
  readonly talkSeconds: readonly number[];
  /** With no overheads: ceil(N / min(W, C)) x S. The virtual engine gives exactly this. */
  readonly idealSeconds: number;
  /** The same experiment with the talk's own code on uWSGI 2.0.21 / Python 3.11, median of 3. */
  readonly referenceSeconds: number;
  /** Why the measured numbers differ from the ideal (see talkNotes.ts), most relevant first. */
  readonly notes: readonly TalkNoteId[];
  readonly variants: readonly TalkVariant[];
}

/** What every row shares: the talk's four calls, hammer.py's 50, the wait server's 200. */
const COMMON = {
  calls: TALK_CALLS,
  workMs: DEFAULT_FAN_OUT.workMs,
  concurrency: 50,
  threads: 1,
  greenlets: null,
  upstreamCap: 200,
  callOverheadMs: 0,
  requestOverheadMs: 0,
  // The talk's load test is hammer.py: closed loop. The rate is the default's, unused when closed.
  arrival: 'closed',
  arrivalRatePerSec: DEFAULT_SERVER_SPEC.arrivalRatePerSec,
} as const;

type Row = Omit<TalkPreset, 'name' | 'values' | 'variants'> & {
  readonly values: Partial<PresetValues> & Pick<PresetValues, 'model' | 'requests' | 'processes'>;
  readonly variants?: readonly TalkVariant[];
};

const ROWS: Readonly<Record<TalkPresetName, Row>> = {
  'talk-sync-one': {
    title: 'sync, one request',
    summary: 'One request on a blocking server makes its four calls one after another: 1.25 s.',
    values: { model: 'sequential', requests: 1, processes: 1 },
    talkSeconds: [1.282],
    idealSeconds: 1.25,
    referenceSeconds: 1.261,
    notes: ['connection-setup'],
  },
  'talk-sync-basic': {
    title: 'sync basic',
    summary: 'One blocking worker serves 20 requests one at a time: 20 x 1.25 s.',
    values: { model: 'sequential', requests: 20, processes: 1 },
    talkSeconds: [25.425],
    idealSeconds: 25,
    referenceSeconds: 25.26,
    notes: ['connection-setup'],
  },
  'talk-sync-processes': {
    title: 'sync processes',
    summary: 'Four processes serve four requests at once: 20 requests in 5 rounds of 1.25 s.',
    values: { model: 'sequential', requests: 20, processes: 4 },
    talkSeconds: [6.418],
    idealSeconds: 6.25,
    referenceSeconds: 6.373,
    notes: ['connection-setup'],
  },
  'talk-sync-threads': {
    title: 'sync threads',
    summary: 'Four threads in one process do what four processes do: waiting threads free the GIL.',
    values: { model: 'sequential', requests: 20, processes: 1, threads: 4 },
    talkSeconds: [6.479],
    idealSeconds: 6.25,
    referenceSeconds: 6.354,
    notes: ['gil', 'connection-setup'],
  },
  'talk-sync-mix': {
    title: 'sync mix',
    summary: 'Two processes of two threads are four workers again: 5 rounds of 1.25 s.',
    values: { model: 'sequential', requests: 20, processes: 2, threads: 2 },
    talkSeconds: [6.415],
    idealSeconds: 6.25,
    referenceSeconds: 6.336,
    notes: ['gil', 'connection-setup'],
  },
  'talk-asyncio-one': {
    title: 'asyncio, one request',
    summary: "Inside one request the calls run together, so it costs the slowest call's 0.5 s.",
    values: { model: 'promise-all', requests: 1, processes: 2 },
    talkSeconds: [0.518],
    idealSeconds: 0.5,
    referenceSeconds: 0.505,
    notes: ['dns', 'connection-setup'],
  },
  'talk-asyncio': {
    title: 'asyncio',
    summary: 'run_until_complete blocks its worker: 2 processes serve 20 requests in 10 x 0.5 s.',
    values: { model: 'promise-all', requests: 20, processes: 2 },
    talkSeconds: [5.01],
    idealSeconds: 5,
    referenceSeconds: 5.076,
    notes: ['asyncio-blocking', 'dns'],
  },
  'talk-gevent-one': {
    title: 'gevent, one request',
    summary: 'A greenlet server answers a lone request in 0.5 s, like asyncio.',
    values: { model: 'promise-all', requests: 1, processes: 2, greenlets: 50 },
    talkSeconds: [0.539],
    idealSeconds: 0.5,
    referenceSeconds: 0.507,
    notes: ['dns', 'speed-vs-concurrency'],
  },
  'talk-gevent-50': {
    title: 'gevent, 50 requests',
    summary: "50 requests fit the client's 50 slots and the 100 greenlets: all done in 0.5 s.",
    values: { model: 'promise-all', requests: 50, processes: 2, greenlets: 50 },
    talkSeconds: [],
    idealSeconds: 0.5,
    referenceSeconds: 0.597,
    notes: ['upstream-capacity', 'dns'],
  },
  'talk-gevent-100': {
    title: 'gevent, 100 requests',
    summary: "The client's 50 slots, not the 100 greenlets, bound the run: 2 rounds of 0.5 s.",
    values: { model: 'promise-all', requests: 100, processes: 2, greenlets: 50 },
    talkSeconds: [1.255, 1.373],
    idealSeconds: 1,
    referenceSeconds: 1.175,
    notes: ['client-bound', 'two-measurements', 'upstream-capacity', 'listen-backlog'],
    variants: [
      {
        label: 'concurrency 100, wait server listen backlog 100',
        changes: { concurrency: 100 },
        idealSeconds: 1,
        referenceSeconds: 1.832,
      },
      {
        label: 'concurrency 100, wait server listen backlog 1024',
        changes: { concurrency: 100 },
        idealSeconds: 1,
        referenceSeconds: 1.04,
      },
    ],
  },
  'talk-gevent-200': {
    title: 'gevent, 200 requests',
    summary: "200 requests take 4 rounds of 0.5 s; 50 x 4 calls exactly fill the upstream's 200.",
    values: { model: 'promise-all', requests: 200, processes: 2, greenlets: 50 },
    talkSeconds: [2.546],
    idealSeconds: 2,
    referenceSeconds: 2.269,
    notes: ['upstream-capacity', 'client-bound', 'dns'],
  },
  'talk-offload-one': {
    title: 'offload, one request',
    summary: "The calls run beside 1 s of the request's own work, which hides them: 1 s.",
    values: { model: 'offload', requests: 1, processes: 2 },
    talkSeconds: [1.003],
    idealSeconds: 1,
    referenceSeconds: 1,
    notes: ['local-work'],
  },
  'talk-offload': {
    title: 'offload',
    summary: 'Two processes, each busy 1 s per request, serve 20 requests in 10 rounds of 1 s.',
    values: { model: 'offload', requests: 20, processes: 2 },
    talkSeconds: [10.097],
    idealSeconds: 10,
    referenceSeconds: 10.023,
    notes: ['local-work'],
  },
};

/** Every preset, in the table's order. */
export const TALK_PRESETS: readonly TalkPreset[] = TALK_PRESET_NAMES.map((name) => {
  const row = ROWS[name];
  return { ...row, name, values: { ...COMMON, ...row.values }, variants: row.variants ?? [] };
});

const BY_NAME = new Map(TALK_PRESETS.map((preset) => [preset.name, preset]));

export function talkPreset(name: TalkPresetName): TalkPreset {
  return BY_NAME.get(name) as TalkPreset;
}

/** `scenario` with the preset's values, remembering the preset (what `preset=` decodes to). */
export function applyPreset(scenario: Scenario, name: TalkPresetName): Scenario {
  return { ...withPresetValues(scenario, talkPreset(name).values), preset: name };
}

/** The Server lab running the preset, everything else at its default. */
export function presetScenario(name: TalkPresetName): Scenario {
  return applyPreset({ ...DEFAULT_SCENARIO, lab: 'server' }, name);
}
