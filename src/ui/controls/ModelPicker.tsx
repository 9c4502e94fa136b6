import { MODEL_NAMES, type ModelName } from '../../core/modelSpec.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { MODEL_DESCRIPTIONS } from './modelDescriptions.ts';

const MODEL_CHOICES: readonly Choice<ModelName>[] = MODEL_NAMES.map((model) => ({
  value: model,
  ...MODEL_DESCRIPTIONS[model],
}));

export interface ModelPickerProps {
  readonly model: ModelName;
  readonly onChange: (model: ModelName) => void;
}

/** The six models, in MODEL_NAMES order, each with its one-line description. */
export function ModelPicker({ model, onChange }: ModelPickerProps) {
  return (
    <ChoiceGroup
      legend="How the calls are issued"
      choices={MODEL_CHOICES}
      value={model}
      onChange={onChange}
    />
  );
}
