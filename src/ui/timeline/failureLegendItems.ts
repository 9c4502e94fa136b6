import { CALL_CODE, COPY_CODE } from './timelineCodes.ts';
import type { TimelineData } from './timelineData.ts';

/** The failure styles the timeline can draw, in the order the legend lists them. */
export const FAILURE_LEGEND_KINDS = [
  'failed',
  'timeout',
  'busy',
  'backoff',
  'cancelled',
  'hedge',
  'skipped',
  'request-failed',
] as const;

export type FailureLegendKind = (typeof FAILURE_LEGEND_KINDS)[number];

/** What each style means, in a few words (the swatch shows how it looks). */
export const FAILURE_LEGEND_TEXT: Readonly<Record<FailureLegendKind, string>> = {
  failed: 'failed copy (500 error, or 504 after a hang)',
  timeout: 'timed out (the client gave up at its deadline)',
  busy: 'rate limited (429)',
  backoff: 'retried: backoff before the next copy',
  cancelled: 'cancelled copy (withdrawn, or lost a hedge race)',
  hedge: 'hedge copy (second copy, lower half of the row)',
  skipped: 'skipped (never sent)',
  'request-failed': 'request failed (when its promise rejected)',
};

const OUTCOME_KIND: ReadonlyMap<number, FailureLegendKind> = new Map([
  [COPY_CODE.error, 'failed'],
  [COPY_CODE.hung, 'failed'],
  [COPY_CODE.timeout, 'timeout'],
  [COPY_CODE.busy, 'busy'],
  [COPY_CODE.cancelled, 'cancelled'],
]);

/**
 * The failure styles present in the run as the data knows it (a live run's so far), in legend
 * order: only what the timeline draws, so the key never lists a style that is not on screen at
 * the run's end. O(calls + copies).
 */
export function failureLegendKinds(data: TimelineData): FailureLegendKind[] {
  const present = new Set<FailureLegendKind>();
  const copies = data.copies;
  if (copies && copies.length > 0) {
    for (let i = 0; i < data.count; i += 1) {
      const first = copies.firstOf(i);
      if (first < 0) continue;
      let lastEndMs = -Infinity;
      for (let k = first; k >= 0; k = copies.next[k] as number) {
        const hedge = copies.hedge[k] === 1;
        if (hedge) present.add('hedge');
        else if (k !== first) present.add('backoff');
        const kind = OUTCOME_KIND.get(copies.outcome[k] as number);
        if (kind) present.add(kind);
        lastEndMs = Math.max(lastEndMs, copies.endedAtMs[k] as number);
      }
      // Cancelled while backing off: the backoff line runs to the call's end.
      if ((data.endedAtMs[i] as number) > lastEndMs) present.add('backoff');
    }
  }
  if (data.status?.includes(CALL_CODE.skipped)) present.add('skipped');
  if (data.requestOutcome?.failed === true) present.add('request-failed');
  return FAILURE_LEGEND_KINDS.filter((kind) => present.has(kind));
}
