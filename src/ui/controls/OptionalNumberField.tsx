import { useId, type KeyboardEvent } from 'react';
import { SpinField } from './SpinField.tsx';
import { STEP_KEYS } from './fieldDescription.ts';
import { validateOptionalNumber } from './faultRules.ts';
import { stepNumber, type WholeRule } from './numberRule.ts';
import { useValidatedText } from './useValidatedText.ts';

export interface OptionalNumberFieldProps {
  readonly label: string;
  /** The scenario's value; null = off, shown as an empty field. */
  readonly value: number | null;
  readonly rule: WholeRule;
  /** What an empty field means, in words: "no timeout". */
  readonly emptyMeans: string;
  /** Receives valid values only (null when the field is emptied). */
  readonly onCommit: (value: number | null) => void;
  readonly hint?: string;
}

const format = (value: number | null): string => (value === null ? '' : String(value));

/**
 * A whole-number field that may be left empty for "none" (a timeout, a hedge delay). The URL
 * leaves such a parameter out, so an empty field is its natural form here, rather than the
 * checkbox-plus-field that other nullable numbers use: one control, one thing to read.
 */
export function OptionalNumberField(props: OptionalNumberFieldProps) {
  const { label, value, rule, emptyMeans, onCommit, hint } = props;
  const id = useId();
  const field = useValidatedText(
    value,
    format,
    (text) => validateOptionalNumber(text, rule, emptyMeans),
    onCommit,
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const steps = STEP_KEYS[event.key];
    if (steps !== undefined) {
      event.preventDefault();
      // From empty, the first step up starts at the minimum; a step down stays empty.
      const from = field.pending ?? value;
      if (from === null) {
        if (steps > 0) field.change(String(rule.range.min));
      } else {
        field.change(String(stepNumber(from, steps, rule)));
      }
    } else if (event.key === 'Escape' && field.message !== null) {
      event.preventDefault();
      field.revert();
    }
  };
  const message =
    field.message === null
      ? null
      : `${field.message} Esc restores ${value === null ? 'the empty field' : value}.`;
  return (
    <SpinField
      id={id}
      label={label}
      field={field}
      inputMode="numeric"
      placeholder="none"
      valueMin={rule.range.min}
      valueMax={rule.range.max}
      {...(value === null ? { valueText: emptyMeans } : { valueNow: value })}
      onKeyDown={onKeyDown}
      {...(hint === undefined ? {} : { hint })}
      message={message}
    />
  );
}
