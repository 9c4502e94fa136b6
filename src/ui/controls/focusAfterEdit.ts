/** The row buttons that move or remove a call. */
export type RowAction = 'up' | 'down' | 'remove';

/** Where keyboard focus lands after a row edit: a row's button, or the "Add call" button. */
export type FocusTarget =
  | { readonly kind: 'row'; readonly index: number; readonly action: RowAction }
  | { readonly kind: 'add' };

/**
 * Focus follows the call that moved, so pressing "Move up" again keeps moving it; at the top (or
 * bottom) the button just used is disabled, so focus goes to the row's other move button. After
 * a removal focus goes to the next row's Remove (or the last row's, or "Add call" when the list
 * is empty), so a person can keep removing without losing their place.
 */
export function focusAfterEdit(action: RowAction, index: number, countAfter: number): FocusTarget {
  if (action === 'remove') {
    if (countAfter === 0) return { kind: 'add' };
    return { kind: 'row', index: Math.min(index, countAfter - 1), action: 'remove' };
  }
  // A move needs two calls, so the other move button of the moved row is always enabled.
  const moved = action === 'up' ? index - 1 : index + 1;
  if (action === 'up' && moved === 0) return { kind: 'row', index: moved, action: 'down' };
  if (action === 'down' && moved === countAfter - 1)
    return { kind: 'row', index: moved, action: 'up' };
  return { kind: 'row', index: moved, action };
}
