import { useId } from 'react';
import type { Scenario } from '../../../../core/scenario.ts';
import { TALK_PRESET_NAMES } from '../../../../core/server/talkPresetNames.ts';
import { applyPreset, TALK_PRESETS, talkPreset } from '../../../../core/server/talkPresets.ts';
import { presetChanges } from './presetChanges.ts';

export interface PresetPickerProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

const NONE = '';

/**
 * The talk's rows as a select (thirteen radio cards would push the server's settings off a
 * projector's screen), the chosen row's sentence under it, and what was changed from it. Picking
 * a row sets every field it holds (the address then reads `preset=`, and only what differs).
 */
export function PresetPicker({ scenario, onChange }: PresetPickerProps) {
  const id = useId();
  const preset = scenario.preset === null ? null : talkPreset(scenario.preset);
  const changes = presetChanges(scenario);
  const onSelect = (value: string): void => {
    const name = TALK_PRESET_NAMES.find((n) => n === value);
    onChange(name === undefined ? { ...scenario, preset: null } : applyPreset(scenario, name));
  };
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">The talk&rsquo;s load test</legend>
      <div className="field">
        <label htmlFor={id} className="field__label">
          preset (a row of the talk&rsquo;s table)
        </label>
        <select
          id={id}
          className="field__input field__select"
          value={scenario.preset ?? NONE}
          onChange={(event) => onSelect(event.target.value)}
          aria-describedby={`${id}-summary`}
          data-testid="preset-select"
        >
          <option value={NONE}>none: my own settings</option>
          {TALK_PRESETS.map((p) => (
            <option key={p.name} value={p.name}>
              {p.title} ({p.values.requests} {p.values.requests === 1 ? 'request' : 'requests'})
            </option>
          ))}
        </select>
        <p id={`${id}-summary`} className="field__hint" data-testid="preset-summary">
          {preset === null
            ? 'Pick a row of the talk’s table to start from its settings.'
            : preset.summary}
          {changes.length === 0 ? null : (
            <>
              {' '}
              <strong>Changed here: {changes.join(', ')}.</strong>
            </>
          )}
        </p>
      </div>
    </fieldset>
  );
}
