import type { PresenterEvent } from './presenterMessages.ts';

/**
 * Which keys an embedded lab hands to its host deck (`overlap:key`), so that a clicker or a
 * keyboard never gets stuck inside the frame. Pure: the page says where the key was typed and
 * whether the lab used it (defaultPrevented), this decides.
 */

/** Where a key was typed, as far as handing it on goes. */
export type KeyTarget =
  /** A field: the key is text. */
  | 'text'
  /** A button, link or the like: Space and Enter press it. */
  | 'activates'
  /** Inside an open dialog (the shortcuts): Escape closes it, Tab cycles it. */
  | 'dialog'
  | 'other';

/** The parts of a keydown the decision and the message read. */
export interface HandoffKeyInput {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  /** The lab (or the browser's element) used the key. */
  readonly defaultPrevented: boolean;
  readonly target: KeyTarget;
}

/**
 * The keys a slide deck moves with that the lab may leave unused: the arrows (Left and Right
 * when no step applies: before a run, past the last event, before the first; Up and Down always),
 * Page Up and Page Down at the ends, Escape (the overview), `f` (full screen), `s` (speaker
 * notes). Space is the lab's Run and stays inside.
 */
export const DECK_KEYS: ReadonlySet<string> = new Set([
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Escape',
  'f',
  'F',
  's',
  'S',
]);

/** Keys a passive frame still keeps: moving focus, and lone modifiers (they mean nothing alone). */
const PASSIVE_KEEPS: ReadonlySet<string> = new Set([
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'AltGraph',
  'CapsLock',
  'Dead',
  'Unidentified',
]);

/**
 * Whether the frame hands this key press to its host deck. Never a key the lab used, one typed
 * into a field or a dialog, nor a Ctrl, Cmd or Alt combination (the browser's). A frame with
 * keys (`embed=1`) hands DECK_KEYS; a passive one (`still=1`, no shortcuts of its own) hands
 * every key except Tab, lone modifiers, and Space or Enter on the button they press.
 */
export function handsKeyToDeck(input: HandoffKeyInput, still: boolean): boolean {
  if (input.defaultPrevented) return false;
  if (input.ctrlKey || input.metaKey || input.altKey) return false;
  if (input.target === 'text' || input.target === 'dialog') return false;
  if (!still) return DECK_KEYS.has(input.key);
  if (PASSIVE_KEEPS.has(input.key)) return false;
  return !(input.target === 'activates' && (input.key === ' ' || input.key === 'Enter'));
}

/** The message that hands a key to the deck (docs/embedding.md, "Keys the lab hands on"). */
export function keyMessageOf(
  input: HandoffKeyInput,
): Extract<PresenterEvent, { type: 'overlap:key' }> {
  const { key, code, shiftKey, repeat } = input;
  return { type: 'overlap:key', key, code, shiftKey, repeat };
}
