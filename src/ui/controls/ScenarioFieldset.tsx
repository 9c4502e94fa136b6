import type { ReactNode } from 'react';

export interface ScenarioFieldsetProps {
  /** True during a run: every control inside is disabled. */
  readonly disabled: boolean;
  /** The status line shown while `disabled` ("Settings are locked while …"). */
  readonly lockedText: string;
  /** The columns (each a `scenario-controls__column`). */
  readonly children: ReactNode;
}

/**
 * A lab's scenario settings: one disabled fieldset locks all of them during a run, the way the
 * browser means it (no focus, no input), instead of each control checking a flag.
 */
export function ScenarioFieldset({ disabled, lockedText, children }: ScenarioFieldsetProps) {
  return (
    <fieldset className="scenario-controls" disabled={disabled}>
      <legend className="visually-hidden">Scenario</legend>
      {disabled ? (
        <p className="scenario-controls__locked" role="status">
          {lockedText}
        </p>
      ) : null}
      <div className="scenario-controls__columns">{children}</div>
    </fieldset>
  );
}
