import { useId } from 'react';
import type { EngineName, Scenario } from '../../core/scenario.ts';
import type { Choice } from './ChoiceGroup.tsx';
import { CompensateCheck } from './CompensateCheck.tsx';
import { liveDisabledReason } from './liveAvailability.ts';
import { RunFieldset } from './RunFieldset.tsx';
import { speedLabel, speedOptions } from './replaySpeeds.ts';

export interface EngineSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** Why the app cannot run live (no service worker, say), or null. */
  readonly liveUnavailableReason: string | null;
}

/** Engine, seed, and the engine's own setting: replay speed (virtual) or compensation (live). */
export function EngineSettings({ scenario, onChange, liveUnavailableReason }: EngineSettingsProps) {
  const speedId = useId();
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
    <RunFieldset scenario={scenario} onChange={onChange} choices={choices}>
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
        <CompensateCheck
          checked={scenario.compensate}
          onChange={(compensate) => set({ compensate })}
          line="subtract the measured cost of a mocked call from each call’s delay"
        />
      )}
    </RunFieldset>
  );
}
