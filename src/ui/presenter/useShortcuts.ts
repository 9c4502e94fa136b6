import { useEffect, useRef } from 'react';
import type { ModelName } from '../../core/modelSpec.ts';
import type { LabCommand, LabCommandBus } from './labCommandBus.ts';
import { isTextEntry, SPACE_ACTIVATES } from './keyTarget.ts';
import { shortcutOf, toggleRunCommand, type ShortcutAction } from './shortcutKeys.ts';

export interface ShortcutOptions {
  readonly bus: LabCommandBus;
  readonly chooseModel: (model: ModelName) => void;
  readonly dialogOpen: boolean;
  readonly toggleDialog: () => void;
  /** False in a passive frame (`still=1`): the lab takes no keys at all. */
  readonly enabled: boolean;
}

/**
 * The presenter's keys (shortcutKeys.ts), on this document only: inside a slide's iframe they
 * arrive only while the frame has focus, so the host deck keeps its keys otherwise. A key the
 * page already handled (the timeline's arrows), typed into a field, or that does nothing now
 * (stepping before a run, or past the last event) is left alone and not prevented, so it keeps
 * its usual meaning, and an embedded lab hands it to the deck (postMessageApi.ts).
 */
export function useShortcuts(options: ShortcutOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { enabled } = options;
  useEffect(() => {
    if (!enabled) return undefined;
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
        case 'step': {
          if (!state?.seekable) return false;
          // A step past the last event (or before the first) moves nothing: the key is left
          // unused, so an embedded lab hands it to the deck (keyHandoff.ts).
          const outcome = bus.send({ type: 'step', direction: action.direction });
          return outcome === 'done' && bus.state() !== state;
        }
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
  }, [enabled]);
}
