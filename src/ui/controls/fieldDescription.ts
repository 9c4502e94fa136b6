/** Arrow keys step by 1, Page keys by 10, as in a native number input. */
export const STEP_KEYS: Readonly<Record<string, number>> = {
  ArrowUp: 1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
};

/**
 * The ids of a field's hint and message lines, and its `aria-describedby` (undefined when it
 * has neither), so a screen reader reads the hint and the current message with the field.
 */
export function fieldDescription(
  id: string,
  hasHint: boolean,
  hasMessage: boolean,
): { hintId: string; messageId: string; describedBy: string | undefined } {
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const parts = [hasHint ? hintId : null, hasMessage ? messageId : null].filter(
    (part) => part !== null,
  );
  return { hintId, messageId, describedBy: parts.length === 0 ? undefined : parts.join(' ') };
}
