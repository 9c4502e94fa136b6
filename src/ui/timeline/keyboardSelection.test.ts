import { describe, expect, it } from 'vitest';
import { nextSelection } from './keyboardSelection.ts';

describe('nextSelection', () => {
  it('moves one call with the arrows, clamped at the ends', () => {
    expect(nextSelection('ArrowDown', null, 4, 10)).toBe(0);
    expect(nextSelection('ArrowUp', null, 4, 10)).toBe(3);
    expect(nextSelection('ArrowDown', 2, 4, 10)).toBe(3);
    expect(nextSelection('ArrowDown', 3, 4, 10)).toBe(3);
    expect(nextSelection('ArrowUp', 0, 4, 10)).toBe(0);
  });

  it('pages, jumps and clears', () => {
    expect(nextSelection('PageDown', 5, 100, 10)).toBe(15);
    expect(nextSelection('PageUp', 5, 100, 10)).toBe(0);
    expect(nextSelection('Home', 50, 100, 10)).toBe(0);
    expect(nextSelection('End', 0, 100, 10)).toBe(99);
    expect(nextSelection('Escape', 7, 100, 10)).toBeNull();
  });

  it('leaves other keys, and keys with nothing to select, to the browser', () => {
    expect(nextSelection('Tab', 1, 4, 10)).toBeUndefined();
    expect(nextSelection('Escape', null, 4, 10)).toBeUndefined();
    expect(nextSelection('ArrowDown', null, 0, 10)).toBeUndefined();
  });
});
