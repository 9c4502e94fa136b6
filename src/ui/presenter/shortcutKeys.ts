import { MODEL_NAMES, type ModelName } from '../../core/modelSpec.ts';
import type { LabCommand, LabRunState } from './labCommandBus.ts';

/** What a key asks for, before the lab's state decides whether it can be done. */
export type ShortcutAction =
  | { readonly kind: 'toggle-run' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'step'; readonly direction: 1 | -1 }
  | { readonly kind: 'model'; readonly model: ModelName }
  | { readonly kind: 'help' };

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Held down: only stepping repeats (holding Space must not toggle on and off). */
  readonly repeat: boolean;
}

/** The shortcuts as the dialog lists them (one source for the dialog and the docs' table). */
export const SHORTCUTS: ReadonlyArray<{ readonly keys: readonly string[]; readonly does: string }> =
  [
    { keys: ['Space'], does: 'Run; pause or continue the replay' },
    { keys: ['R'], does: 'Reset' },
    { keys: ['→', 'Page Down'], does: 'Step to the next event' },
    { keys: ['←', 'Page Up'], does: 'Step to the previous event' },
    { keys: [`1 – ${MODEL_NAMES.length}`], does: 'Pick a model, in the order of the list' },
    { keys: ['?'], does: 'Show or hide these shortcuts' },
  ];

/**
 * The shortcut a key press means, or null. Presses with Ctrl, Cmd or Alt are never shortcuts
 * (Ctrl+R reloads, Alt+← goes back); Shift is allowed because `?` needs it on most layouts.
 */
export function shortcutOf(input: KeyInput): ShortcutAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return { kind: 'step', direction: 1 };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'step', direction: -1 };
    default:
      break;
  }
  if (input.repeat) return null;
  if (input.key === ' ') return { kind: 'toggle-run' };
  if (input.key === 'r' || input.key === 'R') return { kind: 'reset' };
  if (input.key === '?') return { kind: 'help' };
  const digit = /^[1-9]$/.test(input.key) ? Number(input.key) : 0;
  const model = MODEL_NAMES[digit - 1];
  return model === undefined ? null : { kind: 'model', model };
}

/**
 * What Space does now: pause a playing replay, continue a held one, otherwise run. Null while
 * a run that cannot pause is going (a live run: the network does not wait; a comparison).
 */
export function toggleRunCommand(state: LabRunState | null): LabCommand | null {
  if (state === null) return null;
  if (state.playback === 'playing') return { type: 'pause' };
  if (state.playback === 'paused') return { type: 'play' };
  if (state.status === 'running') return null;
  return { type: 'run' };
}
