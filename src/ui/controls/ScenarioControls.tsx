import type { Scenario } from '../../core/scenario.ts';
import { CallListEditor } from './CallListEditor.tsx';
import { EngineSettings } from './EngineSettings.tsx';
import { FaultControls } from './FaultControls.tsx';
import { ModelParameters } from './ModelParameters.tsx';
import { ModelPicker } from './ModelPicker.tsx';
import { ProtocolFields } from './ProtocolFields.tsx';
import { RepeatControls } from './RepeatControls.tsx';
import { ScenarioFieldset } from './ScenarioFieldset.tsx';

export interface ScenarioControlsProps {
  readonly scenario: Scenario;
  /** Receives only valid scenarios: invalid input stays in its field with a message. */
  readonly onChange: (next: Scenario) => void;
  /** True during a run: every control is disabled (the run uses the scenario it started with). */
  readonly disabled: boolean;
  /** Why live runs are unavailable (no service worker, say), or null when they are available. */
  readonly liveUnavailableReason: string | null;
  /** Why the network engine is unavailable, or null when it is; absent: not offered. */
  readonly networkUnavailableReason?: string | null;
}

/**
 * Everything a person sets before a run: the model, its parameters, the calls, the engine, and
 * (under the columns, full width) failures and call policies, all locked during a run by one
 * disabled fieldset (ScenarioFieldset).
 */
export function ScenarioControls(props: ScenarioControlsProps) {
  const { scenario, onChange, disabled, liveUnavailableReason } = props;
  return (
    <ScenarioFieldset disabled={disabled} lockedText="Settings are locked while the run is going.">
      <div className="scenario-controls__column">
        <ModelPicker
          model={scenario.fanOut.model}
          onChange={(model) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, model } })}
        />
        <ModelParameters scenario={scenario} onChange={onChange} />
      </div>
      <div className="scenario-controls__column">
        <CallListEditor scenario={scenario} onChange={onChange} />
        <EngineSettings
          scenario={scenario}
          onChange={onChange}
          liveUnavailableReason={liveUnavailableReason}
          {...(props.networkUnavailableReason === undefined
            ? {}
            : { networkUnavailableReason: props.networkUnavailableReason })}
        />
        <ProtocolFields scenario={scenario} onChange={onChange} />
        <RepeatControls scenario={scenario} onChange={onChange} />
      </div>
      <FaultControls scenario={scenario} onChange={onChange} />
    </ScenarioFieldset>
  );
}
