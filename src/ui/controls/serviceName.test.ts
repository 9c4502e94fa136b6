import { describe, expect, it } from 'vitest';
import { validateServiceName } from './serviceName.ts';

describe('validateServiceName', () => {
  it('accepts a letter then letters, digits, _ or -', () => {
    expect(validateServiceName('user_2-b')).toEqual({ ok: true, value: 'user_2-b' });
    expect(validateServiceName(' geo ')).toEqual({ ok: true, value: 'geo' });
  });

  it('explains a bad name', () => {
    expect(validateServiceName('2fast')).toEqual({
      ok: false,
      message:
        '"2fast" is not a service name: use a letter, then up to 31 letters, digits, _ or -.',
    });
    expect(validateServiceName('a b').ok).toBe(false);
    expect(validateServiceName('a:b').ok).toBe(false);
    expect(validateServiceName(`a${'b'.repeat(32)}`).ok).toBe(false);
    expect(validateServiceName('')).toEqual({
      ok: false,
      message: 'Enter a service name: a letter, then up to 31 letters, digits, _ or -.',
    });
  });
});
