import { useId } from 'react';

/** One option of a radio group: a short title (its name) and a line (its description). */
export interface Choice<V extends string> {
  readonly value: V;
  readonly title: string;
  readonly line: string;
  /** Why the option cannot be chosen now, shown under it; null or absent when it can. */
  readonly disabledReason?: string | null;
}

export interface ChoiceGroupProps<V extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  /** `compact` lays short options side by side (engine, throttle rule). */
  readonly layout?: 'list' | 'compact';
}

/**
 * A radio group drawn as cards. Native radios give the keyboard behaviour for free (Tab enters
 * the group at the checked option, arrows move and select); the whole card is the click target.
 * Each radio is named by its title alone and described by its line, so a screen reader says
 * "Worker pool, radio button, 3 of 6" before the longer description.
 */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { legend, choices, value, onChange, layout = 'list' } = props;
  const name = useId();
  return (
    <fieldset className={`choice-group choice-group--${layout}`}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => {
          const reason = choice.disabledReason ?? null;
          const checked = choice.value === value;
          const base = `${name}-${choice.value}`;
          const classes = ['choice'];
          if (checked) classes.push('choice--checked');
          if (reason !== null) classes.push('choice--disabled');
          return (
            <label key={choice.value} className={classes.join(' ')}>
              <input
                type="radio"
                className="choice__radio"
                name={name}
                value={choice.value}
                checked={checked}
                disabled={reason !== null}
                onChange={() => onChange(choice.value)}
                aria-labelledby={`${base}-title`}
                aria-describedby={reason === null ? `${base}-line` : `${base}-line ${base}-reason`}
              />
              <span className="choice__text">
                <span id={`${base}-title`} className="choice__title">
                  {choice.title}
                </span>
                <span id={`${base}-line`} className="choice__line">
                  {choice.line}
                </span>
                {reason === null ? null : (
                  <span id={`${base}-reason`} className="choice__reason">
                    Unavailable: {reason}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
