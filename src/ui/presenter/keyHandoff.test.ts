import { describe, expect, it } from 'vitest';
import { handsKeyToDeck, keyMessageOf, type HandoffKeyInput } from './keyHandoff.ts';

const press = (key: string, extra: Partial<HandoffKeyInput> = {}): HandoffKeyInput => ({
  key,
  code: '',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  defaultPrevented: false,
  target: 'other',
  ...extra,
});

describe('handsKeyToDeck, a frame with keys (embed=1)', () => {
  it.each(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'])(
    'hands %s on when the lab left it unused (no step applies)',
    (key) => {
      expect(handsKeyToDeck(press(key), false)).toBe(true);
    },
  );

  it.each(['Escape', 'f', 'F', 's', 'S'])('hands %s on (the lab has no use for it)', (key) => {
    expect(handsKeyToDeck(press(key), false)).toBe(true);
  });

  it('keeps a key the lab used (a step that moved the cursor)', () => {
    expect(handsKeyToDeck(press('ArrowRight', { defaultPrevented: true }), false)).toBe(false);
    expect(handsKeyToDeck(press('PageDown', { defaultPrevented: true }), false)).toBe(false);
  });

  it.each([' ', 'r', '1', '?', 'Enter', 'Tab', 'x'])('keeps %j: not a deck key', (key) => {
    expect(handsKeyToDeck(press(key), false)).toBe(false);
  });

  it('never hands on what is typed in a field or a dialog, nor browser combinations', () => {
    expect(handsKeyToDeck(press('ArrowRight', { target: 'text' }), false)).toBe(false);
    expect(handsKeyToDeck(press('f', { target: 'text' }), false)).toBe(false);
    expect(handsKeyToDeck(press('Escape', { target: 'dialog' }), false)).toBe(false);
    expect(handsKeyToDeck(press('ArrowLeft', { altKey: true }), false)).toBe(false);
    expect(handsKeyToDeck(press('f', { ctrlKey: true }), false)).toBe(false);
    expect(handsKeyToDeck(press('s', { metaKey: true }), false)).toBe(false);
  });

  it('hands an arrow on from a focused button (buttons do nothing with arrows)', () => {
    expect(handsKeyToDeck(press('ArrowRight', { target: 'activates' }), false)).toBe(true);
  });
});

describe('handsKeyToDeck, a passive frame (still=1)', () => {
  it.each([' ', 'n', 'p', 'ArrowRight', 'PageDown', 'Escape', 'f', 's', 'Home', 'End', '?'])(
    'hands %j on: the lab takes no keys',
    (key) => {
      expect(handsKeyToDeck(press(key), true)).toBe(true);
    },
  );

  it('keeps Tab, lone modifiers, and Space or Enter on the button they press', () => {
    for (const key of ['Tab', 'Shift', 'Control', 'Alt', 'Meta']) {
      expect(handsKeyToDeck(press(key), true)).toBe(false);
    }
    expect(handsKeyToDeck(press(' ', { target: 'activates' }), true)).toBe(false);
    expect(handsKeyToDeck(press('Enter', { target: 'activates' }), true)).toBe(false);
    expect(handsKeyToDeck(press('ArrowRight', { target: 'activates' }), true)).toBe(true);
  });

  it('still keeps typing, dialogs, browser combinations and keys already used', () => {
    expect(handsKeyToDeck(press('a', { target: 'text' }), true)).toBe(false);
    expect(handsKeyToDeck(press('Escape', { target: 'dialog' }), true)).toBe(false);
    expect(handsKeyToDeck(press('r', { ctrlKey: true }), true)).toBe(false);
    expect(handsKeyToDeck(press('ArrowDown', { defaultPrevented: true }), true)).toBe(false);
  });
});

describe('keyMessageOf', () => {
  it('carries the key, its physical code, Shift and repeat', () => {
    expect(keyMessageOf(press('F', { code: 'KeyF', shiftKey: true, repeat: true }))).toEqual({
      type: 'overlap:key',
      key: 'F',
      code: 'KeyF',
      shiftKey: true,
      repeat: true,
    });
  });
});
