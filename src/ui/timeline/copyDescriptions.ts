import type { AttemptOutcome } from '../../core/trace.ts';
import { copyOutcomeOf } from './timelineCodes.ts';
import type { TimelineData } from './timelineData.ts';

/** One copy as the tooltip and the span table tell it. */
export interface CopyDescription {
  readonly hedge: boolean;
  /** null while in flight at the cursor. */
  readonly outcome: AttemptOutcome | null;
}

/** Words for an outcome: the status code people know, where there is one. */
export const OUTCOME_WORDS: Readonly<Record<AttemptOutcome, string>> = {
  ok: 'ok',
  error: 'error 500',
  hung: 'hung 504',
  busy: 'busy 429',
  timeout: 'timed out',
  cancelled: 'cancelled',
  aborted: 'aborted',
};

/** The call's copies sent by `nowMs`, in the order sent; an outcome shows once it happened. */
export function copyDescriptions(
  data: TimelineData,
  index: number,
  nowMs: number,
): CopyDescription[] {
  const copies = data.copies;
  const described: CopyDescription[] = [];
  if (!copies) return described;
  for (let k = copies.firstOf(index); k >= 0; k = copies.next[k] as number) {
    if ((copies.startedAtMs[k] as number) > nowMs) break;
    const ended = (copies.endedAtMs[k] as number) <= nowMs;
    described.push({
      hedge: copies.hedge[k] === 1,
      outcome: ended ? copyOutcomeOf(copies.outcome[k] as number) : null,
    });
  }
  return described;
}

/** "error 500, error 500, ok", with "hedge" before a hedge copy and "in flight" for one out. */
export function copySummary(copies: readonly CopyDescription[]): string {
  return copies
    .map((copy) => {
      const words = copy.outcome === null ? 'in flight' : OUTCOME_WORDS[copy.outcome];
      return copy.hedge ? `hedge ${words}` : words;
    })
    .join(', ');
}
