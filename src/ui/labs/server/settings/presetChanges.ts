import type { Scenario } from '../../../../core/scenario.ts';
import {
  talkPreset,
  withPresetValues,
  type PresetValues,
} from '../../../../core/server/talkPresets.ts';
import { CODECS, type ParamName } from '../../../../core/urlParams.ts';

/** The URL parameter of each field a preset sets (the names a person sees in the address). */
const PRESET_PARAMS: Readonly<Record<keyof PresetValues, ParamName>> = {
  model: 'model',
  calls: 'calls',
  workMs: 'work',
  requests: 'requests',
  concurrency: 'concurrency',
  processes: 'processes',
  threads: 'threads',
  greenlets: 'greenlets',
  upstreamCap: 'upstreamCap',
  callOverheadMs: 'callOverhead',
  requestOverheadMs: 'requestOverhead',
  arrival: 'arrival',
  arrivalRatePerSec: 'arrivalRate',
};

/**
 * The parameters in which the scenario departs from its preset, in URL order, e.g.
 * `['concurrency']` for the gevent row at concurrency 100; [] without a preset. Values are
 * compared as the URL writes them, so `calls` compare by their text.
 */
export function presetChanges(scenario: Scenario): ParamName[] {
  if (scenario.preset === null) return [];
  const base = withPresetValues(scenario, talkPreset(scenario.preset).values);
  const changed = (Object.keys(PRESET_PARAMS) as Array<keyof PresetValues>)
    .map((field) => PRESET_PARAMS[field])
    .filter((param) => CODECS[param].encode(scenario) !== CODECS[param].encode(base));
  return [...new Set(changed)];
}
