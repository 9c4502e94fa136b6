import { useId } from 'react';

export interface CompensateCheckProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** What compensation does, in this lab's words. */
  readonly line: string;
}

/** The live engine's "Compensate mock overhead" checkbox. */
export function CompensateCheck({ checked, onChange, line }: CompensateCheckProps) {
  const id = useId();
  return (
    <label className="check" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        className="check__box"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="check__text">
        Compensate mock overhead
        <span className="check__line">{line}</span>
      </span>
    </label>
  );
}
