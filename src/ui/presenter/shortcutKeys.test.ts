import { describe, expect, it } from 'vitest';
import { shortcutOf, toggleRunCommand, type KeyInput } from './shortcutKeys.ts';
import { IDLE } from './testing/fakeLab.ts';

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  repeat: false,
  ...extra,
});

describe('shortcutOf', () => {
  it.each([
    [' ', { kind: 'toggle-run' }],
    ['r', { kind: 'reset' }],
    ['R', { kind: 'reset' }],
    ['ArrowRight', { kind: 'step', direction: 1 }],
    ['PageDown', { kind: 'step', direction: 1 }],
    ['ArrowLeft', { kind: 'step', direction: -1 }],
    ['PageUp', { kind: 'step', direction: -1 }],
    ['1', { kind: 'model', model: 'sequential' }],
    ['3', { kind: 'model', model: 'worker-pool' }],
    ['6', { kind: 'model', model: 'offload' }],
    ['?', { kind: 'help' }],
  ])('reads %j', (key, action) => {
    expect(shortcutOf(press(key))).toEqual(action);
  });

  it.each(['7', '0', 'x', 'Enter', 'Escape', 'ArrowUp', 'Tab', 'F5'])('ignores %j', (key) => {
    expect(shortcutOf(press(key))).toBeNull();
  });

  it('leaves the browser its Ctrl, Cmd and Alt combinations (Ctrl+R reloads)', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      expect(shortcutOf(press('r', { [modifier]: true }))).toBeNull();
      expect(shortcutOf(press('ArrowLeft', { [modifier]: true }))).toBeNull();
    }
  });

  it('repeats only stepping while a key is held', () => {
    expect(shortcutOf(press('ArrowRight', { repeat: true }))).toEqual({
      kind: 'step',
      direction: 1,
    });
    expect(shortcutOf(press(' ', { repeat: true }))).toBeNull();
    expect(shortcutOf(press('2', { repeat: true }))).toBeNull();
  });
});

describe('toggleRunCommand', () => {
  it('runs when idle or done, pauses a playing replay, continues a held one', () => {
    expect(toggleRunCommand(IDLE)).toEqual({ type: 'run' });
    expect(toggleRunCommand({ ...IDLE, status: 'done' })).toEqual({ type: 'run' });
    expect(toggleRunCommand({ ...IDLE, status: 'running', playback: 'playing' })).toEqual({
      type: 'pause',
    });
    expect(toggleRunCommand({ ...IDLE, status: 'running', playback: 'paused' })).toEqual({
      type: 'play',
    });
    expect(toggleRunCommand({ ...IDLE, status: 'done', playback: 'paused' })).toEqual({
      type: 'play',
    });
  });

  it('does nothing during a run that cannot pause, or without a lab', () => {
    expect(toggleRunCommand({ ...IDLE, status: 'running' })).toBeNull();
    expect(toggleRunCommand(null)).toBeNull();
  });
});
