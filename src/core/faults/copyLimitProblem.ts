import { MAX_COPIES, MAX_LIVE_COPIES } from '../limits.ts';
import { sendsRealFetches } from '../runSettings.ts';
import type { EngineName, Scenario } from '../scenario.ts';
import { copyFixText, worstCaseCopies, worstCaseText, type CopyFields } from './worstCaseCopies.ts';

/** The most copies a run on `engine` may send in the worst case. */
export function maxCopiesOf(engine: EngineName): number {
  return sendsRealFetches(engine) ? MAX_LIVE_COPIES : MAX_COPIES;
}

/**
 * Why a Fan-out or Compare run of the scenario may not start, or null when it may: its worst
 * case (src/core/faults/worstCaseCopies.ts) is over the copies one run on its engine may send.
 * One sentence fragment, lower case, naming the bound, the worst case and what to lower. The
 * URL codec never lets such a scenario through; this guards what the controls can still build.
 */
export function copyLimitProblem(scenario: CopyFields & Pick<Scenario, 'run'>): string | null {
  const max = maxCopiesOf(scenario.run.engine);
  const worst = worstCaseCopies(scenario);
  if (worst.total <= max) return null;
  const engine = scenario.run.engine;
  const what = sendsRealFetches(engine)
    ? `a ${engine} run sends at most ${max} copies of calls (each a real fetch())`
    : `a run sends at most ${max} copies of calls`;
  const virtual = sendsRealFetches(engine) ? ', or run it on the virtual engine' : '';
  return `${what}, and this one may send ${worstCaseText(worst)}; ${copyFixText(worst, max)}${virtual}`;
}
