import { describe, expect, it } from 'vitest';
import { MAX_CALLS } from '../../core/limits.ts';
import { validateCallListText } from './callListText.ts';

/** The message of a refused text (fails the test when the text was accepted). */
function messageOf(text: string): string {
  const result = validateCallListText(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.message;
}

describe('validateCallListText', () => {
  it('accepts what a link accepts', () => {
    const result = validateCallListText('session:20-40, user:100~900*3');
    expect(result.ok && result.value.map((c) => c.service)).toEqual([
      'session',
      'user',
      'user',
      'user',
    ]);
    expect(validateCallListText('')).toEqual({ ok: true, value: [] });
  });

  it('gives the codec’s problem as a sentence', () => {
    const message = messageOf('125,80-x');
    expect(message).toMatch(/^Item 2 "80-x": latency "80-x" is not whole ms/);
  });

  it('enforces MAX_CALLS without expanding the list', () => {
    expect(messageOf(`1*${MAX_CALLS},1`)).toContain(`more than the maximum of ${MAX_CALLS} calls`);
  });
});
