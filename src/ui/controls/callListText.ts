import { parseCallList } from '../../core/callListCodec.ts';
import type { CallSpec } from '../../core/scenario.ts';
import type { Validated } from './validated.ts';

/** Above this many calls the editor shows the text form only: a row per call would not scale. */
export const MAX_ROW_EDITOR_CALLS = 50;

/**
 * Checks the text form of a call list with the URL codec's parser (and its MAX_CALLS check), so
 * the text editor accepts exactly what a link accepts (CALL_LIST_SYNTAX, shown as the hint).
 */
export function validateCallListText(text: string): Validated<CallSpec[]> {
  const parsed = parseCallList(text);
  if (parsed.ok) return { ok: true, value: parsed.calls };
  const { problem } = parsed.error;
  // The syntax itself is in the field's hint, right above the message: the message says what is
  // wrong, in the codec's words, and how to get back.
  const sentence = problem.charAt(0).toUpperCase() + problem.slice(1);
  return { ok: false, message: `${sentence}.` };
}
