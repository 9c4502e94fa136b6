import { quote } from '../../core/numberParam.ts';
import { SERVICE_NAME_PATTERN } from '../../core/services.ts';
import type { Validated } from './validated.ts';

/** What SERVICE_NAME_PATTERN allows, in words (the same words as the URL codec's message). */
export const SERVICE_NAME_RULE = 'a letter, then up to 31 letters, digits, _ or -';

/** Checks a call's service name; surrounding spaces are forgiven, inner ones are not. */
export function validateServiceName(text: string): Validated<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter a service name: ${SERVICE_NAME_RULE}.` };
  if (SERVICE_NAME_PATTERN.test(trimmed)) return { ok: true, value: trimmed };
  return {
    ok: false,
    message: `${quote(trimmed)} is not a service name: use ${SERVICE_NAME_RULE}.`,
  };
}
