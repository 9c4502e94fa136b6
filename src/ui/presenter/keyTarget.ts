import type { KeyTarget } from './keyHandoff.ts';

/** Where typing goes: keys pressed there are text, never shortcuts. */
export function isTextEntry(target: Element): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Space activates these natively (a focused Run button would run twice). */
export const SPACE_ACTIVATES =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], ' +
  '[role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

/** What a keydown's target is, for handing keys to the deck (keyHandoff.ts). */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof Element)) return 'other';
  if (isTextEntry(target)) return 'text';
  if (target.closest('dialog[open]') !== null) return 'dialog';
  return target.closest(SPACE_ACTIVATES) === null ? 'other' : 'activates';
}
