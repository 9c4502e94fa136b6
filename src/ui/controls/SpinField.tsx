import type { KeyboardEvent, ReactNode } from 'react';
import { fieldDescription } from './fieldDescription.ts';
import { FieldMessage } from './FieldMessage.tsx';
import type { ValidatedText } from './useValidatedText.ts';

export interface SpinFieldProps {
  readonly id: string;
  /** The label's content; put the unit in it ("window (ms)"). */
  readonly label: ReactNode;
  /** Hide the label visually (it is still read). */
  readonly labelHidden?: boolean;
  /** The field's text and how it changes (useValidatedText). */
  readonly field: Pick<ValidatedText<unknown>, 'text' | 'change' | 'settle'>;
  readonly inputMode: 'numeric' | 'decimal';
  readonly valueMin?: number;
  readonly valueMax?: number;
  readonly valueNow?: number;
  /** Read instead of the number (an empty optional field: "no timeout"). */
  readonly valueText?: string;
  readonly placeholder?: string;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly hint?: string;
  /** What is wrong with the text (the field is then invalid), or null. */
  readonly message: string | null;
  /** What leaving the field will do, or null. */
  readonly note?: string | null;
}

/**
 * The markup every number field shares: a label, a text input with the spinbutton role (see
 * NumberField for why not `type="number"`), its hint and its message line, wired together for
 * screen readers. The fields differ in how they validate and step, not in this.
 */
export function SpinField(props: SpinFieldProps) {
  const { id, label, labelHidden, field, hint, message, note = null } = props;
  const { hintId, messageId, describedBy } = fieldDescription(
    id,
    hint !== undefined,
    message !== null || note !== null,
  );
  return (
    <div className="field field--number">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--number"
        type="text"
        role="spinbutton"
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        aria-valuemin={props.valueMin}
        aria-valuemax={props.valueMax}
        aria-valuenow={props.valueNow}
        aria-valuetext={props.valueText}
        aria-invalid={message !== null}
        aria-describedby={describedBy}
        value={field.text}
        onChange={(event) => field.change(event.target.value)}
        onBlur={field.settle}
        onKeyDown={props.onKeyDown}
      />
      {hint === undefined ? null : (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldMessage id={messageId} message={message} note={note} />
    </div>
  );
}
