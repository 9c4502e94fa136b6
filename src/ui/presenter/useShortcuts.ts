import { useEffect, useRef } from 'react';
import type { ModelName } from '../../core/modelSpec.ts';
import type { LabCommand, LabCommandBus } from './labCommandBus.ts';
import { shortcutOf, toggleRunCommand, type ShortcutAction } from './shortcutKeys.ts';

export interface ShortcutOptions {
  readonly bus: LabCommandBus;
  readonly chooseModel: (model: ModelName) => void;
  readonly dialogOpen: boolean;
  readonly toggleDialog: () => void;
}

/** Where typing goes: keys pressed there are text, never shortcuts. */
function isTextEntry(target: Element): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Space activates these natively (a focused Run button would run twice). */
const SPACE_ACTIVATES =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], ' +
  '[role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

/**
 * The presenter's keys (shortcutKeys.ts), on this document only: inside a slide's iframe they
 * arrive only while the frame has focus, so the host deck keeps its keys otherwise. A key the
 * page already handled (the timeline's arrows), typed into a field, or that does nothing now
 * (stepping before a run) is left alone and not prevented, so it keeps its usual meaning.
 */
export function useShortcuts(options: ShortcutOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const perform = (action: ShortcutAction): boolean => {
      const { bus, chooseModel, dialogOpen, toggleDialog } = latest.current;
      if (action.kind === 'help') {
        toggleDialog();
        return true;
      }
      if (dialogOpen) return false;
      const state = bus.state();
      let command: LabCommand | null = null;
      switch (action.kind) {
        case 'model':
          chooseModel(action.model);
          return true;
        case 'toggle-run':
          command = toggleRunCommand(state);
          break;
        case 'reset':
          command = state === null || state.status === 'idle' ? null : { type: 'reset' };
          break;
        case 'step':
          command = state?.seekable ? { type: 'step', direction: action.direction } : null;
          break;
      }
      return command !== null && bus.send(command) === 'done';
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target !== null && isTextEntry(target)) return;
      const action = shortcutOf(event);
      if (action === null) return;
      if (action.kind === 'toggle-run' && target?.closest(SPACE_ACTIVATES)) return;
      if (perform(action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
