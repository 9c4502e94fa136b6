export interface FieldMessageProps {
  readonly id: string;
  /** What is wrong with the field's text (shown as an error), or null. */
  readonly message: string | null;
  /** What will happen when the field is left (shown calmly), or null; `message` wins. */
  readonly note?: string | null;
}

/**
 * The inline line under a field. Always rendered (empty when there is nothing to say) so that the
 * polite live region exists before its first message, and screen readers announce it.
 */
export function FieldMessage({ id, message, note = null }: FieldMessageProps) {
  const tone = message !== null ? 'field__message--error' : 'field__message--note';
  return (
    <p id={id} className={`field__message ${tone}`} aria-live="polite">
      {message ?? note}
    </p>
  );
}
