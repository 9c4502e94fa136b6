import { useId } from 'react';
import { formatCount } from '../../core/format/formatCount.ts';
import { REPEAT_RANGE } from '../../core/limits.ts';
import type { Scenario } from '../../core/scenario.ts';
import { repeatLimitProblem } from '../../core/tails/repeatFanOut.ts';
import { applyTailPreset, TAIL_PRESETS, tailPresetOf } from '../../core/tails/tailPresets.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { NumberField } from './NumberField.tsx';
import { wholeRule } from './numberRule.ts';

const REPEAT_RULE = wholeRule(REPEAT_RANGE, 'runs');

export interface RepeatControlsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * `repeat` and the Tail at Scale presets (docs/tails.md): how many times a Run repeats the
 * request with new draws (1 to 100,000; above 1 the distribution shows under the timeline), and
 * a one-click set-up of each example of Dean and Barroso's paper.
 */
export function RepeatControls({ scenario, onChange }: RepeatControlsProps) {
  const presetsId = useId();
  const problemId = useId();
  const chosen = tailPresetOf(scenario);
  const problem = scenario.run.repeat > 1 ? repeatLimitProblem(scenario) : null;
  return (
    <fieldset className="controls__group" data-testid="repeat-controls">
      <legend className="controls__legend">Repeat (tail latency)</legend>
      <div className="parameters__fields">
        <NumberField
          label="runs"
          value={scenario.run.repeat}
          rule={REPEAT_RULE}
          onCommit={(repeat) => onChange({ ...scenario, run: { ...scenario.run, repeat } })}
          hint={
            `${REPEAT_RANGE.min} to ${formatCount(REPEAT_RANGE.max)} runs of the ` +
            'request, each with new draws. Above 1, the spread of its latency shows under the ' +
            'timeline, which keeps the first run.'
          }
        />
      </div>
      <FieldMessage id={problemId} message={problem === null ? null : `${problem}.`} />
      <p id={presetsId} className="field__hint">
        The Tail at Scale (Dean and Barroso, 2013), each over 10,000 runs:
      </p>
      <div className="tail-presets" role="group" aria-describedby={presetsId}>
        {TAIL_PRESETS.map((preset) => (
          <button
            key={preset.name}
            type="button"
            className="button tail-presets__button"
            aria-pressed={chosen === preset.name}
            title={preset.line}
            data-testid={`tail-preset-${preset.name}`}
            onClick={() => onChange(applyTailPreset(scenario, preset.name))}
          >
            {preset.title}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
