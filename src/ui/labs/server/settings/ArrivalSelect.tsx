import { useId } from 'react';
import { ARRIVAL_NAMES, type ArrivalName } from '../../../../core/server/serverSpec.ts';

const WORDS: Readonly<Record<ArrivalName, string>> = {
  closed: 'closed loop: all at t = 0, C in flight (hammer.py)',
  open: 'open: Poisson arrivals at a rate, no client cap',
};

export interface ArrivalSelectProps {
  readonly value: ArrivalName;
  readonly onChange: (next: ArrivalName) => void;
}

/** How the client creates its requests (the URL's `arrival`): closed loop or open arrivals. */
export function ArrivalSelect({ value, onChange }: ArrivalSelectProps) {
  const id = useId();
  return (
    <div className="field server-settings__arrival">
      <label className="field__label" htmlFor={id}>
        arrivals
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        data-testid="server-arrival"
        onChange={(event) => {
          const next = ARRIVAL_NAMES.find((name) => name === event.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {ARRIVAL_NAMES.map((name) => (
          <option key={name} value={name}>
            {WORDS[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
