import { useCallback } from 'react';
import type { ModelName } from '../../core/modelSpec.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { LabCommandBus } from './labCommandBus.ts';

/**
 * Picks a model the way the keys and the embed bar do: a run of the previous model is reset
 * first (the settings are locked during a run, and its summary must not carry the new name).
 */
export function useChooseModel(
  bus: LabCommandBus | null,
  scenario: Scenario,
  setScenario: (next: Scenario) => void,
): (model: ModelName) => void {
  return useCallback(
    (model: ModelName): void => {
      if (model === scenario.fanOut.model) return;
      if (bus?.state()?.status === 'running') bus.send({ type: 'reset' });
      setScenario({ ...scenario, fanOut: { ...scenario.fanOut, model } });
    },
    [bus, scenario, setScenario],
  );
}
