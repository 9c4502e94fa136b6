import type { EngineName, Scenario } from '../../core/scenario.ts';
import type { RunSettings } from '../../core/runSettings.ts';
import type { Choice } from './ChoiceGroup.tsx';
import { CompensateCheck } from './CompensateCheck.tsx';
import { liveDisabledReason, networkDisabledReason } from './liveAvailability.ts';
import { ReplaySpeedField } from './ReplaySpeedField.tsx';
import { RunFieldset } from './RunFieldset.tsx';

export interface EngineSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** Why the app cannot run live (no service worker, say), or null. */
  readonly liveUnavailableReason: string | null;
  /**
   * Why the network engine is unavailable (no Overlap server behind the page), or null when it
   * is; absent: the lab does not offer it.
   */
  readonly networkUnavailableReason?: string | null;
}

/** Engine, seed, and the engine's own setting: replay speed (virtual) or compensation (live). */
export function EngineSettings({
  scenario,
  onChange,
  liveUnavailableReason,
  networkUnavailableReason,
}: EngineSettingsProps) {
  const set = (patch: Partial<RunSettings>): void =>
    onChange({ ...scenario, run: { ...scenario.run, ...patch } });
  const liveReason = liveDisabledReason(liveUnavailableReason, scenario);
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
    ...(networkUnavailableReason === undefined
      ? []
      : [
          {
            value: 'network' as const,
            title: 'Network',
            line: "Real fetch() calls to Overlap's own server, where the browser's limits show",
            disabledReason: networkDisabledReason(networkUnavailableReason, scenario),
          },
        ]),
  ];
  return (
    <RunFieldset scenario={scenario} onChange={onChange} choices={choices}>
      {scenario.run.engine === 'network' ? null : scenario.run.engine === 'virtual' ? (
        <ReplaySpeedField speed={scenario.run.speed} onChange={(speed) => set({ speed })} />
      ) : (
        <CompensateCheck
          checked={scenario.run.compensate}
          onChange={(compensate) => set({ compensate })}
          line="subtract the measured cost of a mocked call from each call’s delay"
        />
      )}
    </RunFieldset>
  );
}
