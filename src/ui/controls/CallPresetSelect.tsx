import { useId } from 'react';
import type { CallSpec } from '../../core/scenario.ts';
import { CALL_PRESETS, matchingPreset, presetCalls } from './callPresets.ts';

export interface CallPresetSelectProps {
  readonly calls: readonly CallSpec[];
  readonly onSelect: (calls: readonly CallSpec[]) => void;
}

const CUSTOM = 'custom';

/** Ready-made call lists. Shows the preset the list equals, or "Custom list" after an edit. */
export function CallPresetSelect({ calls, onSelect }: CallPresetSelectProps) {
  const id = useId();
  const current = matchingPreset(calls);
  return (
    <div className="field field--preset">
      <label htmlFor={id} className="field__label">
        Presets
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={current?.id ?? CUSTOM}
        onChange={(event) => {
          const preset = CALL_PRESETS.find((p) => p.id === event.target.value);
          if (preset !== undefined) onSelect(presetCalls(preset));
        }}
      >
        {current === null ? (
          <option value={CUSTOM} disabled>
            Custom list
          </option>
        ) : null}
        {CALL_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label}
          </option>
        ))}
      </select>
    </div>
  );
}
