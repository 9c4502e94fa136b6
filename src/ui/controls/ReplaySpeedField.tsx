import { useId, type ReactNode } from 'react';
import { speedLabel, speedOptions } from './replaySpeeds.ts';

export interface ReplaySpeedFieldProps {
  readonly speed: number;
  readonly onChange: (speed: number) => void;
  /** Each option's text (default: speedLabel, "0.25× (slow motion)"). */
  readonly optionLabel?: (speed: number) => string;
  /** A hint under the select, which then describes it; none by default. */
  readonly hint?: ReactNode;
  /**
   * An option before the speeds that is not a speed (the Server lab's "fit to 5 s"): when
   * `selected`, the select shows it instead of `speed`. None by default.
   */
  readonly fit?: {
    readonly label: string;
    readonly selected: boolean;
    readonly onSelect: () => void;
  };
}

/** The option value of `fit` (speeds are numbers, so it cannot collide with one). */
const FIT_VALUE = 'fit';

/** The "replay speed" select of a virtual run's settings: 1× is real time in every lab. */
export function ReplaySpeedField({
  speed: current,
  onChange,
  optionLabel = speedLabel,
  hint,
  fit,
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
        value={fit?.selected ? FIT_VALUE : String(current)}
        onChange={(event) => {
          const { value } = event.target;
          if (value === FIT_VALUE) fit?.onSelect();
          else onChange(Number(value));
        }}
        aria-describedby={hint === undefined ? undefined : hintId}
      >
        {fit ? <option value={FIT_VALUE}>{fit.label}</option> : null}
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
