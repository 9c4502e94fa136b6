import { NO_FAULTS } from '../../../../core/faults/faultSettings.ts';
import { DEFAULT_POLICY } from '../../../../core/policy/callPolicy.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { serverFaultsNote } from '../../../../core/server/serverFaultsNote.ts';
import { RepeatIgnoredNote } from '../../../controls/RepeatIgnoredNote.tsx';
import { CallListEditor } from '../../../controls/CallListEditor.tsx';
import { ModelParameters } from '../../../controls/ModelParameters.tsx';
import { ModelPicker } from '../../../controls/ModelPicker.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { ServerEngineSettings, type ServerEngineSettingsProps } from './ServerEngineSettings.tsx';
import { ServerSettings } from './ServerSettings.tsx';

export interface ServerControlsProps extends Omit<ServerEngineSettingsProps, 'onChange'> {
  /** Receives only valid scenarios: invalid input stays in its field with a message. */
  readonly onChange: (next: Scenario) => void;
  /** True during a run: every control is disabled (the run uses the scenario it started with). */
  readonly disabled: boolean;
}

/**
 * Everything set before a load test: a row of the talk's table to start from, the server, each
 * request's handler (the Fan-out lab's model controls and call list, reused as they are) and the
 * engine. One disabled fieldset locks them all during a run, like the Fan-out lab's controls.
 */
export function ServerControls(props: ServerControlsProps) {
  const { scenario, onChange, disabled } = props;
  const faultsNote = serverFaultsNote(scenario);
  return (
    <fieldset className="scenario-controls" disabled={disabled}>
      <legend className="visually-hidden">Load test</legend>
      {disabled ? (
        <p className="scenario-controls__locked" role="status">
          Settings are locked while the run is going.
        </p>
      ) : null}
      <div className="scenario-controls__columns">
        <div className="scenario-controls__column">
          <PresetPicker scenario={scenario} onChange={onChange} />
          <ServerSettings scenario={scenario} onChange={onChange} />
          <ModelPicker
            model={scenario.fanOut.model}
            onChange={(model) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, model } })}
          />
          <ModelParameters scenario={scenario} onChange={onChange} />
          <CallListEditor scenario={scenario} onChange={onChange} />
          <ServerEngineSettings {...props} />
          <RepeatIgnoredNote scenario={scenario} onChange={onChange} />
          {faultsNote === null ? null : (
            <p className="scenario-controls__note" data-testid="server-faults-note">
              {faultsNote}{' '}
              <button
                type="button"
                className="button"
                onClick={() => onChange({ ...scenario, faults: NO_FAULTS, policy: DEFAULT_POLICY })}
              >
                Clear them
              </button>
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
