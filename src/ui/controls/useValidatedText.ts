import { useState } from 'react';
import type { Validated } from './validated.ts';

/** A field's text, its inline message or note, and what to call as the person types. */
export interface ValidatedText<T> {
  readonly text: string;
  /** Why the text is not accepted (the scenario keeps its last valid value), or null. */
  readonly message: string | null;
  /** A valid value waiting for the field to be left, and what leaving it will do; or null. */
  readonly note: string | null;
  /** The value that waits for the field to be left, or null. */
  readonly pending: T | null;
  /** Each new text: valid text is committed at once; invalid text only shows its message. */
  readonly change: (text: string) => void;
  /** Commits a value that waited for the field to be left (blur, Enter). */
  readonly settle: () => void;
  /** Shows the last valid value again (Escape). */
  readonly revert: () => void;
}

export interface ValidatedTextOptions<T> {
  /**
   * A note for a valid value that should not be committed on every keystroke, or null. A range
   * bound uses it: typing 150 into a maximum goes through 1 and 15, which would drag the minimum
   * down with them; the value is committed when the field is left instead.
   */
  readonly defer?: (value: T) => string | null;
}

interface FieldState<T> {
  /** The value the text was last aligned with: the scenario's, or the one just committed. */
  readonly shown: T;
  readonly text: string;
  readonly message: string | null;
  readonly note: string | null;
  readonly pending: { readonly value: T } | null;
}

function aligned<T>(value: T, text: string): FieldState<T> {
  return { shown: value, text, message: null, note: null, pending: null };
}

/**
 * Local text for a field whose value lives in the scenario. The person's text is kept exactly as
 * typed ("1.50", " 5") while it means the scenario's value; when the value changes from elsewhere
 * (a preset, a link, the other bound of a range), the field shows the new value. Invalid text
 * never reaches `onCommit`. Values are compared by identity: a committed array comes back as is.
 */
export function useValidatedText<T>(
  value: T,
  format: (value: T) => string,
  validate: (text: string) => Validated<T>,
  onCommit: (value: T) => void,
  options: ValidatedTextOptions<T> = {},
): ValidatedText<T> {
  const [state, setState] = useState<FieldState<T>>(() => aligned(value, format(value)));
  let current = state;
  if (!Object.is(state.shown, value)) {
    // Adjusting state while rendering (React's documented pattern for props that change): the
    // field re-renders at once with the outside value, without an effect or a stale frame.
    current = aligned(value, format(value));
    setState(current);
  }
  const commit = (next: T, text: string): void => {
    setState(aligned(next, text));
    if (!Object.is(next, value)) onCommit(next);
  };
  const change = (text: string): void => {
    const result = validate(text);
    if (!result.ok) {
      setState({ ...aligned(value, text), message: result.message });
      return;
    }
    const note = options.defer?.(result.value) ?? null;
    if (note === null) commit(result.value, text);
    else setState({ ...aligned(value, text), note, pending: { value: result.value } });
  };
  const settle = (): void => {
    if (current.pending !== null) commit(current.pending.value, current.text);
  };
  const revert = (): void => setState(aligned(value, format(value)));
  const { text, message, note } = current;
  const pending = current.pending === null ? null : current.pending.value;
  return { text, message, note, pending, change, settle, revert };
}
