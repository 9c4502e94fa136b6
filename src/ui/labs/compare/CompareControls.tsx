import { memo } from 'react';
import type { Scenario } from '../../../core/scenario.ts';
import { CallListEditor } from '../../controls/CallListEditor.tsx';
import { EngineSettings } from '../../controls/EngineSettings.tsx';
import { FaultControls } from '../../controls/FaultControls.tsx';
import { ProtocolFields } from '../../controls/ProtocolFields.tsx';
import { RepeatIgnoredNote } from '../../controls/RepeatIgnoredNote.tsx';
import { ScenarioFieldset } from '../../controls/ScenarioFieldset.tsx';
import { CompareByFields } from './CompareByFields.tsx';
import { CompareParameters } from './CompareParameters.tsx';

export interface CompareControlsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** True during a comparison: every control is disabled (it uses the scenario it started with). */
  readonly disabled: boolean;
  readonly liveUnavailableReason: string | null;
}

/**
 * What a person sets before comparing: the calls, the parametrised models' parameters, the
 * engine and seed, and the failures and call policies every model's calls go through. No model
 * picker: every model runs (a failure lesson's model is kept but has no effect here). One
 * disabled fieldset locks them all during a run (ScenarioFieldset), as in the Fan-out lab.
 */
function CompareControlsView(props: CompareControlsProps) {
  const { scenario, onChange, disabled, liveUnavailableReason } = props;
  return (
    <ScenarioFieldset
      disabled={disabled}
      lockedText="Settings are locked while the comparison is going."
    >
      <div className="scenario-controls__column">
        <CompareByFields scenario={scenario} onChange={onChange} />
        <CallListEditor scenario={scenario} onChange={onChange} />
        <CompareParameters scenario={scenario} onChange={onChange} />
        <EngineSettings
          scenario={scenario}
          onChange={onChange}
          liveUnavailableReason={liveUnavailableReason}
        />
        <ProtocolFields scenario={scenario} onChange={onChange} />
        <FaultControls scenario={scenario} onChange={onChange} />
        <RepeatIgnoredNote scenario={scenario} onChange={onChange} />
      </div>
    </ScenarioFieldset>
  );
}

/** Memoised: the lab re-renders on every frame of a run; the controls only when their props do. */
export const CompareControls = memo(CompareControlsView);
