/** What a queue lane's label column shows: its name, and the count at the cursor when it fits. */
export interface QueueLabelText {
  readonly label: string;
  /** The count, right-aligned at the column's edge; null when there is no room for it. */
  readonly count: string | null;
}

/** Space between a label and its count, in px. */
const COUNT_GAP_PX = 8;

/**
 * Chooses the queue lane's label text for a column `availablePx` wide, so that the count never
 * overlaps the name: the full name and the count; else the short name and the count; else the
 * short name alone (the tooltip still gives the count). `measurePx` gives a text's width in px
 * at the label font (the canvas's measureText in the renderer, an estimate in tests).
 */
export function fitQueueLabel(
  label: string,
  shortLabel: string,
  count: number,
  availablePx: number,
  measurePx: (text: string) => number,
): QueueLabelText {
  const countText = String(count);
  const countPx = measurePx(countText) + COUNT_GAP_PX;
  if (measurePx(label) + countPx <= availablePx) return { label, count: countText };
  if (measurePx(shortLabel) + countPx <= availablePx)
    return { label: shortLabel, count: countText };
  return { label: shortLabel, count: null };
}
