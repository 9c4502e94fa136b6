import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { SpinField } from './SpinField.tsx';
import { STEP_KEYS } from './fieldDescription.ts';
import { formatNumber, stepNumber, validateNumber, type NumberRule } from './numberRule.ts';
import { useValidatedText } from './useValidatedText.ts';
import type { Validated } from './validated.ts';

export interface NumberFieldProps {
  /** The label's content; put the unit in it ("window (ms)"). Parts may be visually hidden. */
  readonly label: ReactNode;
  /** The scenario's value: the last valid one. */
  readonly value: number;
  readonly rule: NumberRule;
  /** Receives valid values only. */
  readonly onCommit: (value: number) => void;
  /** A line under the field, linked as its description. */
  readonly hint?: string;
  /** Hide the label visually (row editors, where a column header shows it); it is still read. */
  readonly labelHidden?: boolean;
  /** A note for values committed only when the field is left (see useValidatedText), or null. */
  readonly defer?: (value: number) => string | null;
  /**
   * A further check of a value inside the rule's range (a service's rates must add up to 100 %
   * at most): the message why it is refused, or null. Refused values stay in the field.
   */
  readonly check?: (value: number) => string | null;
}

/**
 * A number field. It is a text input with the spinbutton role rather than `type="number"`: a
 * native number input reports "" for text it cannot parse, so the message could not quote what
 * was typed, and it would accept forms the URL codec refuses (1e3). Arrow keys still step.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, rule, onCommit, hint, labelHidden, defer, check } = props;
  const id = useId();
  const validate = (text: string): Validated<number> => {
    const result = validateNumber(text, rule);
    const problem = result.ok && check !== undefined ? check(result.value) : null;
    return problem === null ? result : { ok: false, message: problem };
  };
  const field = useValidatedText(
    value,
    (v) => formatNumber(v, rule),
    validate,
    onCommit,
    defer === undefined ? {} : { defer },
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const steps = STEP_KEYS[event.key];
    if (steps !== undefined) {
      event.preventDefault();
      field.change(formatNumber(stepNumber(field.pending ?? value, steps, rule), rule));
    } else if (event.key === 'Enter') {
      field.settle();
    } else if (event.key === 'Escape' && (field.message !== null || field.note !== null)) {
      event.preventDefault();
      field.revert();
    }
  };
  const min = rule.kind === 'whole' ? rule.range.min : rule.above;
  const max = rule.kind === 'whole' ? rule.range.max : rule.max;
  const message =
    field.message === null ? null : `${field.message} Esc restores ${formatNumber(value, rule)}.`;
  return (
    <SpinField
      id={id}
      label={label}
      labelHidden={labelHidden === true}
      field={field}
      inputMode={rule.kind === 'whole' ? 'numeric' : 'decimal'}
      valueMin={min}
      valueMax={max}
      valueNow={value}
      onKeyDown={onKeyDown}
      {...(hint === undefined ? {} : { hint })}
      message={message}
      note={field.note}
    />
  );
}
