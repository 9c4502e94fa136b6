import { useId } from 'react';
import type { EngineName, Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { liveDisabledReason } from './liveAvailability.ts';
import { NumberField } from './NumberField.tsx';
import { SEED_RULE } from './parameterRules.ts';
import { randomSeed } from './randomSeed.ts';
import { speedLabel, speedOptions } from './replaySpeeds.ts';
import { seedHint } from './seedHint.ts';

export interface EngineSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** Why the app cannot run live (no service worker, say), or null. */
  readonly liveUnavailableReason: string | null;
}

/** Engine, seed, and the engine's own setting: replay speed (virtual) or compensation (live). */
export function EngineSettings({ scenario, onChange, liveUnavailableReason }: EngineSettingsProps) {
  const speedId = useId();
  const compensateId = useId();
  const set = (patch: Partial<Scenario>): void => onChange({ ...scenario, ...patch });
  const liveReason = liveDisabledReason(liveUnavailableReason, scenario.calls.length);
  const choices: readonly Choice<EngineName>[] = [
    {
      value: 'virtual',
      title: 'Virtual',
      line: 'A deterministic virtual clock: exact times, any number of calls, replayed',
    },
    {
      value: 'live',
      title: 'Live',
      line: 'Real fetch() calls to services mocked in this page (MSW), in real time',
      disabledReason: liveReason,
    },
  ];
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">Run</legend>
      <ChoiceGroup
        legend="Engine"
        layout="compact"
        choices={choices}
        value={scenario.engine}
        onChange={(engine) => set({ engine })}
      />
      <div className="parameters__fields">
        <div className="seed">
          <NumberField
            label="seed"
            value={scenario.seed}
            rule={SEED_RULE}
            onCommit={(seed) => set({ seed })}
            hint={seedHint(scenario.calls)}
          />
          <button type="button" className="button" onClick={() => set({ seed: randomSeed() })}>
            New seed
          </button>
        </div>
        {scenario.engine === 'virtual' ? (
          <div className="field field--speed">
            <label htmlFor={speedId} className="field__label">
              replay speed
            </label>
            <select
              id={speedId}
              className="field__input field__select"
              value={String(scenario.speed)}
              onChange={(event) => set({ speed: Number(event.target.value) })}
            >
              {speedOptions(scenario.speed).map((speed) => (
                <option key={speed} value={String(speed)}>
                  {speedLabel(speed)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <label className="check" htmlFor={compensateId}>
            <input
              id={compensateId}
              type="checkbox"
              className="check__box"
              checked={scenario.compensate}
              onChange={(event) => set({ compensate: event.target.checked })}
            />
            <span className="check__text">
              Compensate mock overhead
              <span className="check__line">
                subtract the measured cost of a mocked call from each call’s delay
              </span>
            </span>
          </label>
        )}
      </div>
    </fieldset>
  );
}
