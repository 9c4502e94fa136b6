import type { Scenario } from '../scenario.ts';

/** The scenario as one flat record of its fields, the shape codecCorpus.json records. */
export function flattenScenario(scenario: Scenario): Record<string, unknown> {
  return { ...scenario };
}
