import { describe, expect, it } from 'vitest';
import { focusAfterEdit } from './focusAfterEdit.ts';

describe('focusAfterEdit', () => {
  it('follows the moved call', () => {
    expect(focusAfterEdit('up', 2, 4)).toEqual({ kind: 'row', index: 1, action: 'up' });
    expect(focusAfterEdit('down', 1, 4)).toEqual({ kind: 'row', index: 2, action: 'down' });
  });

  it('switches to the other move button at the top or the bottom', () => {
    expect(focusAfterEdit('up', 1, 4)).toEqual({ kind: 'row', index: 0, action: 'down' });
    expect(focusAfterEdit('down', 2, 4)).toEqual({ kind: 'row', index: 3, action: 'up' });
  });

  it('after a removal, goes to the next Remove, the last one, or Add call', () => {
    expect(focusAfterEdit('remove', 1, 3)).toEqual({ kind: 'row', index: 1, action: 'remove' });
    expect(focusAfterEdit('remove', 3, 3)).toEqual({ kind: 'row', index: 2, action: 'remove' });
    expect(focusAfterEdit('remove', 0, 0)).toEqual({ kind: 'add' });
  });
});
