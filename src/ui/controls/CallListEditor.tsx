import { useEffect, useId, useRef } from 'react';
import { MAX_CALLS } from '../../core/limits.ts';
import type { CallSpec, Scenario } from '../../core/scenario.ts';
import { addCall, moveCall, removeCall, replaceCall, withCalls } from './callListEdits.ts';
import { MAX_ROW_EDITOR_CALLS } from './callListText.ts';
import { CallListText } from './CallListText.tsx';
import { CallPresetSelect } from './CallPresetSelect.tsx';
import { CallRow } from './CallRow.tsx';
import { focusAfterEdit, type RowAction } from './focusAfterEdit.ts';

export interface CallListEditorProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * The request's calls: presets, a row per call (up to MAX_ROW_EDITOR_CALLS), and the text form,
 * which is the only editor for longer lists (a thousand rows of inputs would swamp the page).
 */
export function CallListEditor({ scenario, onChange }: CallListEditorProps) {
  const base = useId();
  const textId = `${base}-text`;
  const addId = `${base}-add`;
  const buttonId = (index: number, action: RowAction): string => `${base}-${index}-${action}`;
  // The element to focus once the edited list has rendered; a ref, since it needs no render.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const { calls } = scenario.fanOut;
  const count = calls.length;
  const rows = count <= MAX_ROW_EDITOR_CALLS;
  const setCalls = (next: readonly CallSpec[]): void => onChange(withCalls(scenario, next));

  const onAction = (index: number, action: RowAction): void => {
    const next =
      action === 'remove'
        ? removeCall(scenario, index)
        : moveCall(scenario, index, action === 'up' ? -1 : 1);
    const target = focusAfterEdit(action, index, next.fanOut.calls.length);
    focusNext.current = target.kind === 'add' ? addId : buttonId(target.index, target.action);
    onChange(next);
  };
  const onAdd = (): void => {
    const next = addCall(scenario);
    // Past the row editor's size the rows give way to the text form: focus goes there.
    if (next.fanOut.calls.length > MAX_ROW_EDITOR_CALLS) focusNext.current = textId;
    onChange(next);
  };

  return (
    <fieldset className="controls__group calls">
      <legend className="controls__legend">
        Calls <span className="controls__legend-detail">· {count}</span>
      </legend>
      <CallPresetSelect calls={calls} onSelect={setCalls} />
      {rows ? (
        <>
          {count === 0 ? (
            <p className="calls__empty">
              No calls: the request does nothing. Add one or pick a preset.
            </p>
          ) : (
            <div className="calls__table">
              <div className="call-row call-row--header" aria-hidden="true">
                <span className="call-row__number">#</span>
                <span className="call-row__header-service">service</span>
                <span className="call-row__header-latency">latency (ms)</span>
              </div>
              <ol className="calls__rows">
                {calls.map((call, index) => (
                  <CallRow
                    // Rows are keyed by position: a call has no identity of its own, and a
                    // positional key keeps a field's DOM (and focus) while its call is edited.
                    key={index}
                    index={index}
                    count={count}
                    call={call}
                    buttonId={buttonId}
                    onReplace={(next) => onChange(replaceCall(scenario, index, next))}
                    onAction={(action) => onAction(index, action)}
                  />
                ))}
              </ol>
            </div>
          )}
          <button
            id={addId}
            type="button"
            className="button"
            onClick={onAdd}
            disabled={count >= MAX_CALLS}
          >
            Add call
          </button>
          <details className="calls__text">
            <summary>Edit as text</summary>
            <CallListText id={textId} calls={calls} onCommit={setCalls} />
          </details>
        </>
      ) : (
        <>
          <p className="calls__note">
            {count} calls are edited as text (the row editor shows up to {MAX_ROW_EDITOR_CALLS}).
          </p>
          <CallListText id={textId} calls={calls} onCommit={setCalls} />
        </>
      )}
    </fieldset>
  );
}
