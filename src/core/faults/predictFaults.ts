import type { CallPolicy } from '../policy/callPolicy.ts';
import { callPolicyOf, faultSettingsOf, type CallSpec, type Scenario } from '../scenario.ts';
import { faultRatesFor, hasFaults, type FaultSettings } from './faultSettings.ts';

/**
 * What probability says about a faulty run, where it has a closed form (docs/faults.md).
 * A copy fails with q = (error + hang + busy) / 100 of its service, independently of every other
 * copy (each draws from its own seeded stream). With r retries, a call succeeds unless all
 * r + 1 copies fail: p = 1 - q^(r+1), and sends on average (1 - q^(r+1)) / (1 - q) copies. A
 * request succeeds exactly when every call does: the product of the p's, whatever the model.
 * These assume every answer beats the timeout; numbers that have no closed form are null, and
 * `notes` say why.
 */
export interface FaultPrediction {
  /** Expected percent of calls that answer ok (null: no closed form here). */
  readonly callSuccessPct: number | null;
  /** Probability, in percent, that the request succeeds. */
  readonly requestSuccessPct: number;
  /** Expected copies per call: the load amplification of retries (null: no closed form). */
  readonly copiesPerCall: number | null;
  readonly notes: readonly string[];
}

export function predictFaults(
  calls: readonly CallSpec[],
  faults: FaultSettings,
  policy: CallPolicy,
  sequentialFailFast: boolean,
): FaultPrediction {
  const notes: string[] = [];
  const r = policy.retries;
  const perCall = calls.map((call) => {
    const { errorPct, hangPct, busyPct } = faultRatesFor(faults, call.service);
    const q = Math.min(1, (errorPct + hangPct + busyPct) / 100);
    const p = 1 - q ** (r + 1);
    const copies = q === 1 ? r + 1 : p / (1 - q);
    return { p, copies };
  });
  let requestP = 1;
  for (const { p } of perCall) requestP *= p;
  const n = calls.length;
  let callSuccessPct: number | null = null;
  if (n === 0) callSuccessPct = 100;
  else if (policy.cancelOnFailure) {
    notes.push(
      'Cancelling on the first failure makes call success depend on timing: no closed form.',
    );
  } else if (sequentialFailFast) {
    // A loop of awaits sends call i only if calls 0..i-1 succeeded.
    let reach = 1;
    let sum = 0;
    for (const { p } of perCall) {
      reach *= p;
      sum += reach;
    }
    callSuccessPct = (100 * sum) / n;
  } else {
    callSuccessPct = (100 * perCall.reduce((sum, { p }) => sum + p, 0)) / n;
  }
  let copiesPerCall: number | null =
    n === 0 ? 0 : perCall.reduce((sum, { copies }) => sum + copies, 0) / n;
  if (policy.hedgeMs !== null) {
    copiesPerCall = null;
    notes.push('How many hedges are sent depends on the latency distribution: no closed form.');
  } else if (policy.cancelOnFailure || sequentialFailFast) {
    copiesPerCall = null;
  }
  if (policy.timeoutMs !== null) {
    notes.push(
      'These assume every answer comes before the timeout; slow answers that time out fail too.',
    );
  }
  if (hasFaults(faults) || policy.hedgeMs !== null || policy.timeoutMs !== null) {
    notes.push(
      'The makespan has no closed form with failures, retries, timeouts or hedges: the engine measures it.',
    );
  }
  return { callSuccessPct, requestSuccessPct: 100 * requestP, copiesPerCall, notes };
}

/** predictFaults for a scenario: its calls, faults and policy, and whether its loop fails fast. */
export function predictScenarioFaults(scenario: Scenario): FaultPrediction {
  return predictFaults(
    scenario.calls,
    faultSettingsOf(scenario),
    callPolicyOf(scenario),
    scenario.model === 'sequential' && scenario.settle === 'all',
  );
}
