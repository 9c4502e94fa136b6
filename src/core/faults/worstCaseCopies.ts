import type { Scenario } from '../scenario.ts';
import { isHedged } from '../policy/hedgeDelayMs.ts';
import type { ServiceRate } from './faultSettings.ts';

/** The fields that decide how many copies a run may send. */
export type CopyFields = Pick<Scenario, 'fanOut' | 'faults' | 'policy'>;

/**
 * The most copies a run may send, before it runs. A copy is one send of a call: its first send,
 * each retry, each hedge (docs/faults.md). Invariant: `total = calls x perCall`, and no run of
 * the scenario sends more than `total` copies (whatever its seed, model or settle policy).
 */
export interface WorstCaseCopies {
  readonly calls: number;
  /**
   * The retries that can fire: the scenario's `retries` when a copy can fail (a fault rate
   * above 0 or a timeout), else 0 (a copy that cannot fail is never retried).
   */
  readonly retries: number;
  /** Whether each attempt may send a second, hedged copy. */
  readonly hedged: boolean;
  /** (1 + retries) x (2 when hedged). */
  readonly perCall: number;
  readonly total: number;
}

/**
 * Whether some copy of the scenario can fail, so that its retries can fire. It looks at every
 * rate list as a whole (a rate for a service no call uses still counts): a bound a person can
 * predict from the settings beats a tighter one they would have to work out.
 */
export function copiesCanFail(scenario: CopyFields): boolean {
  const some = (rates: readonly ServiceRate[]) => rates.some((rate) => rate.pct > 0);
  const { faults } = scenario;
  return (
    scenario.policy.timeoutMs !== null ||
    some(faults.errorRates) ||
    some(faults.hangRates) ||
    some(faults.busyRates)
  );
}

/** The worst case of a scenario's copies: every copy that can fail fails, every hedge fires. */
export function worstCaseCopies(scenario: CopyFields): WorstCaseCopies {
  const calls = scenario.fanOut.calls.length;
  const retries = copiesCanFail(scenario) ? scenario.policy.retries : 0;
  const hedged = isHedged(scenario.policy);
  const perCall = (1 + retries) * (hedged ? 2 : 1);
  return { calls, retries, hedged, perCall, total: calls * perCall };
}

/** "400 calls x 11 copies (the first send and 10 retries, each hedged) = 4400 copies". */
export function worstCaseText(worst: WorstCaseCopies): string {
  const sends =
    worst.retries === 0
      ? 'the first send'
      : `the first send and ${worst.retries} ${worst.retries === 1 ? 'retry' : 'retries'}`;
  const how = worst.hedged ? `${sends}, each hedged` : sends;
  const copies = worst.perCall === 1 ? 'copy' : 'copies';
  return `${worst.calls} calls x ${worst.perCall} ${copies} (${how}) = ${worst.total} copies`;
}

/**
 * The most retries that keep the worst case within `maxCopies` with the scenario's calls and
 * hedge, or null when even no retries do not (a hedge alone doubles the calls).
 */
export function retriesThatFit(worst: WorstCaseCopies, maxCopies: number): number | null {
  if (worst.calls === 0) return worst.retries;
  const attempts = Math.floor(maxCopies / (worst.calls * (worst.hedged ? 2 : 1)));
  return attempts === 0 ? null : Math.min(worst.retries, attempts - 1);
}

/**
 * What would bring the worst case within `maxCopies`, one change at a time: fewer calls, fewer
 * retries (when some fit), or no hedge (when that alone fits). "use at most 9090 calls or at most
 * 1 retry".
 */
export function copyFixText(worst: WorstCaseCopies, maxCopies: number): string {
  const fixes = [`at most ${Math.floor(maxCopies / worst.perCall)} calls`];
  const retries = retriesThatFit(worst, maxCopies);
  if (worst.retries > 0 && retries !== null) fixes.push(atMostRetries(retries));

  if (worst.hedged && worst.calls * (1 + worst.retries) <= maxCopies) fixes.push('no hedge');
  return `use ${fixes.join(' or ')}`;
}

/** "at most 3 retries", "at most 1 retry", "no retries". */
export function atMostRetries(count: number): string {
  if (count === 0) return 'no retries';
  return `at most ${count} ${count === 1 ? 'retry' : 'retries'}`;
}
