import type { FanOutSettings } from '../fanOutSettings.ts';
import type { FaultSettings } from '../faults/faultSettings.ts';
import type { CallPolicy } from '../policy/callPolicy.ts';
import type { RunSettings } from '../runSettings.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario.ts';
import type { ServerSpec } from '../server/serverSpec.ts';
import type { ViewSettings } from '../viewSettings.ts';

/**
 * The scenario as one flat record of its fields: the shape it had before it was nested into
 * parts (issue 11), which codecCorpus.json records, and a short way for tests to set a few fields.
 */
export type FlatScenario = Pick<Scenario, 'lab' | 'preset'> &
  RunSettings &
  FanOutSettings &
  FaultSettings &
  CallPolicy &
  ServerSpec &
  ViewSettings;

const PARTS = ['run', 'fanOut', 'faults', 'policy', 'server', 'view'] as const;

export function flattenScenario(scenario: Scenario): FlatScenario {
  const { lab, preset, run, fanOut, faults, policy, server, view } = scenario;
  return { lab, preset, ...run, ...fanOut, ...faults, ...policy, ...server, ...view };
}

/** The nested scenario of a flat record: each field goes to the part that holds it by default. */
export function nestScenario(flat: FlatScenario): Scenario {
  const pick = <P extends (typeof PARTS)[number]>(part: P): Scenario[P] =>
    Object.fromEntries(
      Object.keys(DEFAULT_SCENARIO[part]).map((key) => [key, flat[key as keyof FlatScenario]]),
    ) as unknown as Scenario[P];
  return {
    lab: flat.lab,
    run: pick('run'),
    fanOut: pick('fanOut'),
    faults: pick('faults'),
    policy: pick('policy'),
    server: pick('server'),
    preset: flat.preset,
    view: pick('view'),
  };
}

/** `scenario` with some fields set, named flat (`{ seed: 2, retries: 3 }`). */
export function withFields(scenario: Scenario, fields: Partial<FlatScenario>): Scenario {
  return nestScenario({ ...flattenScenario(scenario), ...fields });
}

/** DEFAULT_SCENARIO with some fields set, named flat. */
export function scenarioWith(fields: Partial<FlatScenario>): Scenario {
  return withFields(DEFAULT_SCENARIO, fields);
}
