import { parseCallList } from '../callListCodec.ts';
import { NO_FAULTS } from '../faults/faultSettings.ts';
import { DEFAULT_POLICY } from '../policy/callPolicy.ts';
import type { Scenario } from '../scenario.ts';

/**
 * The Tail at Scale examples (Dean and Barroso, "The Tail at Scale", CACM 56(2), 2013) as
 * Fan-out lab set-ups, each checked by tailAtScale.test.ts:
 * - one call that takes 10 ms, except 1 % of the time 1 s: 1 % of requests are slow;
 * - a request fanning out to 100 such calls at once: 1 - 0.99^100 = 63 % of requests take 1 s;
 * - 100 calls with an exponential time (mean 100 ms), without and with a hedge at each call's
 *   own p95: the paper's "defer the second request until the first has been outstanding for
 *   more than the 95th-percentile expected latency", about 5 % more calls for a much lower p99.
 */
export const TAIL_PRESET_NAMES = [
  'one-slow-call',
  'fan-out-100',
  'fan-out-exp',
  'hedged-p95',
] as const;
export type TailPresetName = (typeof TAIL_PRESET_NAMES)[number];

export interface TailPreset {
  readonly name: TailPresetName;
  readonly title: string;
  /** One line on what it shows. */
  readonly line: string;
  /** The calls in the `calls` grammar. */
  readonly calls: string;
  readonly hedge: 'p95' | null;
}

/** Repetitions a preset runs: enough for a p99.9 from 10 runs beyond it, instant on the page. */
export const TAIL_PRESET_REPEAT = 10_000;

export const TAIL_PRESETS: readonly TailPreset[] = [
  {
    name: 'one-slow-call',
    title: 'One call, 1 % slow',
    line: '10 ms, but 1 s for 1 % of calls: 1 % of requests are slow',
    calls: '10/1000@1',
    hedge: null,
  },
  {
    name: 'fan-out-100',
    title: 'Fan out to 100',
    line: 'the same call 100 times at once: 1 − 0.99¹⁰⁰ = 63 % of requests take 1 s',
    calls: '10/1000@1*100',
    hedge: null,
  },
  {
    name: 'fan-out-exp',
    title: '100 calls, ~100 ms',
    line: '100 exponential calls (mean 100 ms) at once: the slowest of 100 sets the pace',
    calls: '~100*100',
    hedge: null,
  },
  {
    name: 'hedged-p95',
    title: 'Hedged at p95',
    line: 'the same, with a second copy of any call still out at its own p95: ~5 % more calls, a far lower p99',
    calls: '~100*100',
    hedge: 'p95',
  },
];

/**
 * `scenario` set up as the preset: the Fan-out lab, Promise.all over the preset's calls, no
 * faults, the preset's hedge as the only policy, TAIL_PRESET_REPEAT repetitions. The seed,
 * engine and view stay as they were.
 */
export function applyTailPreset(scenario: Scenario, name: TailPresetName): Scenario {
  const preset = TAIL_PRESETS.find((p) => p.name === name) as TailPreset;
  const parsed = parseCallList(preset.calls);
  if (!parsed.ok) throw new Error(`tail preset ${name}: ${parsed.error.problem}`);
  return {
    ...scenario,
    lab: 'fanout',
    preset: null,
    fanOut: { ...scenario.fanOut, model: 'promise-all', calls: parsed.calls, limit: null },
    faults: NO_FAULTS,
    policy: { ...DEFAULT_POLICY, hedgePercentile: preset.hedge === null ? null : 95 },
    run: { ...scenario.run, repeat: TAIL_PRESET_REPEAT },
  };
}

/** The preset a scenario is set up as, if any (so the lab can show it as chosen). */
export function tailPresetOf(scenario: Scenario): TailPresetName | null {
  // Cheap checks first: the controls ask on every render, and a call list may hold 100,000.
  if (scenario.run.repeat !== TAIL_PRESET_REPEAT || scenario.fanOut.model !== 'promise-all') {
    return null;
  }
  for (const preset of TAIL_PRESETS) {
    if (JSON.stringify(applyTailPreset(scenario, preset.name)) === JSON.stringify(scenario)) {
      return preset.name;
    }
  }
  return null;
}
