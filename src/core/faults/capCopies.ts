import { MAX_COPIES } from '../limits.ts';
import type { Draft } from '../paramCodec.ts';
import { formatHedge } from '../policy/hedgeParam.ts';
import {
  atMostRetries,
  retriesThatFit,
  worstCaseCopies,
  worstCaseText,
  type WorstCaseCopies,
} from './worstCaseCopies.ts';

/** A message about one parameter, as decodeScenario collects them. */
export interface CopyLimitProblem {
  readonly param: 'retries' | 'hedge';
  readonly value: string;
  readonly message: string;
}

function retriesWord(count: number): string {
  return `${count} ${count === 1 ? 'retry' : 'retries'}`;
}

/**
 * A run may send at most MAX_COPIES copies in the worst case (calls x (1 + retries) x 2 with a
 * hedge). Past it, the scenario keeps its calls, which a person chose first: `retries` is
 * lowered to the most that fit; when even none fit with the hedge, the hedge is turned off and
 * the retries lowered to fit without it. A message says what and why. The Server lab is left
 * alone (it has no faults, and MAX_SERVER_CALLS bounds its calls). Returns the messages; edits
 * `draft` in place. Afterwards `worstCaseCopies(draft).total <= MAX_COPIES`, since calls <=
 * MAX_CALLS <= MAX_COPIES.
 */
export function capCopies(draft: Draft): CopyLimitProblem[] {
  if (draft.lab === 'server') return [];
  const worst = worstCaseCopies(draft);
  if (worst.total <= MAX_COPIES) return [];
  const over = `${worstCaseText(worst)}, more than the ${MAX_COPIES} a run may send`;
  const fitting = retriesThatFit(worst, MAX_COPIES);
  if (fitting !== null) {
    const keepCalls = Math.floor(MAX_COPIES / worst.perCall);
    const unhedgedFits = worst.hedged && worst.calls * (1 + worst.retries) <= MAX_COPIES;
    const hedge = unhedgedFits ? ', or no hedge,' : '';
    const message =
      `retries: ${over}, so the run uses ${atMostRetries(fitting)} instead; ` +
      `use at most ${keepCalls} calls${hedge} to keep ${retriesWord(worst.retries)}.`;
    draft.policy = { ...draft.policy, retries: fitting };
    return [{ param: 'retries', value: String(worst.retries), message }];
  }
  const unhedged: WorstCaseCopies = { ...worst, hedged: false, perCall: 1 + worst.retries };
  const retries = retriesThatFit(unhedged, MAX_COPIES) ?? 0;
  const alsoRetries = retries < worst.retries ? ` and ${atMostRetries(retries)}` : '';
  const keep = worst.retries > 0 ? ` and ${retriesWord(worst.retries)}` : '';
  const message =
    `hedge: ${over}, so the run sends no hedges${alsoRetries} instead; ` +
    `use at most ${Math.floor(MAX_COPIES / worst.perCall)} calls to keep the hedge${keep}.`;
  const value = formatHedge(draft.policy) ?? 'none';
  // Retries that cannot fire (no copy can fail) count for nothing, so they stay as written.
  const keptRetries = worst.retries > 0 ? retries : draft.policy.retries;
  draft.policy = { ...draft.policy, hedgeMs: null, hedgePercentile: null, retries: keptRetries };
  return [{ param: 'hedge', value, message }];
}
