import type { ReactNode } from 'react';
import type { RunSettings } from '../../core/runSettings.ts';
import type { EngineName, Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { NumberField } from './NumberField.tsx';
import { SEED_RULE } from './parameterRules.ts';
import { randomSeed } from './randomSeed.ts';
import { seedHint } from './seedHint.ts';

export interface RunFieldsetProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** The engines to choose from (each lab words them, and why live is off, its own way). */
  readonly choices: readonly Choice<EngineName>[];
  /** The engine's own settings, after the seed. */
  readonly children: ReactNode;
}

/** The "Run" group of a lab's settings: the engine, the seed (with "New seed"), then `children`. */
export function RunFieldset({ scenario, onChange, choices, children }: RunFieldsetProps) {
  const set = (patch: Partial<RunSettings>): void =>
    onChange({ ...scenario, run: { ...scenario.run, ...patch } });
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">Run</legend>
      <ChoiceGroup
        legend="Engine"
        layout="compact"
        choices={choices}
        value={scenario.run.engine}
        onChange={(engine) => set({ engine })}
      />
      <div className="parameters__fields">
        <div className="seed">
          <NumberField
            label="seed"
            value={scenario.run.seed}
            rule={SEED_RULE}
            onCommit={(seed) => set({ seed })}
            hint={seedHint(scenario.fanOut.calls)}
          />
          <button type="button" className="button" onClick={() => set({ seed: randomSeed() })}>
            New seed
          </button>
        </div>
        {children}
      </div>
    </fieldset>
  );
}
