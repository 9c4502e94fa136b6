import { useId, type ReactNode } from 'react';
import { speedLabel, speedOptions } from './replaySpeeds.ts';

export interface ReplaySpeedFieldProps {
  readonly speed: number;
  readonly onChange: (speed: number) => void;
  /** Each option's text (default: speedLabel, "0.25× (slow motion)"). */
  readonly optionLabel?: (speed: number) => string;
  /** A hint under the select, which then describes it; none by default. */
  readonly hint?: ReactNode;
}

/** The "replay speed" select of a virtual run's settings. */
export function ReplaySpeedField({
  speed: current,
  onChange,
  optionLabel = speedLabel,
  hint,
}: ReplaySpeedFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field--speed">
      <label htmlFor={id} className="field__label">
        replay speed
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={String(current)}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-describedby={hint === undefined ? undefined : hintId}
      >
        {speedOptions(current).map((speed) => (
          <option key={speed} value={String(speed)}>
            {optionLabel(speed)}
          </option>
        ))}
      </select>
      {hint === undefined ? null : (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
