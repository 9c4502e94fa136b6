import type { CompareBy } from '../../../core/runSettings.ts';
import type { Scenario } from '../../../core/scenario.ts';
import { ChoiceGroup, type Choice } from '../../controls/ChoiceGroup.tsx';
import { ModelPicker } from '../../controls/ModelPicker.tsx';

const COMPARE_CHOICES: readonly Choice<CompareBy>[] = [
  { value: 'models', title: 'Models', line: 'every model over the same calls' },
  {
    value: 'protocols',
    title: 'Protocols',
    line: "one model over HTTP/1.1 and HTTP/2, the browser's connections modelled (virtual)",
  },
];

export interface CompareByFieldsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/** What the Compare lab's lanes differ in (`compare=`), and the model when it is protocols. */
export function CompareByFields({ scenario, onChange }: CompareByFieldsProps) {
  const compareBy = scenario.run.compareBy;
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">Compare</legend>
      <ChoiceGroup
        legend="Lanes"
        layout="compact"
        choices={COMPARE_CHOICES}
        value={compareBy}
        onChange={(next) => onChange({ ...scenario, run: { ...scenario.run, compareBy: next } })}
      />
      {compareBy === 'protocols' ? (
        <ModelPicker
          model={scenario.fanOut.model}
          onChange={(model) => onChange({ ...scenario, fanOut: { ...scenario.fanOut, model } })}
        />
      ) : null}
    </fieldset>
  );
}
