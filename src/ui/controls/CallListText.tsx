import { useId } from 'react';
import { formatCallList } from '../../core/callListCodec.ts';
import type { CallSpec } from '../../core/scenario.ts';
import { validateCallListText } from './callListText.ts';
import { FieldMessage } from './FieldMessage.tsx';
import { useValidatedText } from './useValidatedText.ts';

export interface CallListTextProps {
  /** The textarea's id, so the list editor can move focus to it. */
  readonly id: string;
  readonly calls: readonly CallSpec[];
  readonly onCommit: (calls: readonly CallSpec[]) => void;
}

/**
 * The call list in its text form (the `calls` URL syntax), editable. Valid text is applied as it
 * is typed; the list is formatted only when it changes from elsewhere, so a 100,000-call list is
 * not re-written on every keystroke.
 */
export function CallListText({ id, calls, onCommit }: CallListTextProps) {
  const hintId = useId();
  const messageId = `${id}-message`;
  const field = useValidatedText<readonly CallSpec[]>(
    calls,
    formatCallList,
    validateCallListText,
    onCommit,
  );
  return (
    <div className="field field--calls-text">
      <label htmlFor={id} className="field__label">
        Calls as text
      </label>
      <textarea
        id={id}
        className="field__input field__textarea"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={field.message !== null}
        aria-describedby={field.message === null ? hintId : `${hintId} ${messageId}`}
        value={field.text}
        onChange={(event) => field.change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && field.message !== null) {
            event.preventDefault();
            field.revert();
          }
        }}
      />
      <p id={hintId} className="field__hint">
        Items <code>[service:]latency[*count]</code>, comma-separated: <code>125</code> fixed,{' '}
        <code>80-160</code> uniform, <code>100~900</code> long tail (p50~p99), <code>*20</code>{' '}
        repeats.
      </p>
      <FieldMessage
        id={messageId}
        message={
          field.message === null ? null : `${field.message} Esc restores the last valid list.`
        }
      />
    </div>
  );
}
