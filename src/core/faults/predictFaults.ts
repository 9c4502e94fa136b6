import { latencyCdf } from '../latencyCdf.ts';
import type { CallPolicy } from '../policy/callPolicy.ts';
import { hedgeDelayMs, isHedged } from '../policy/hedgeDelayMs.ts';
import { modelSpecOf, type CallSpec, type Scenario } from '../scenario.ts';
import { BUSY_ANSWER_MS, faultRatesFor, hasFaults, type FaultSettings } from './faultSettings.ts';

/**
 * What probability says about a faulty run, where it has a closed form (docs/faults.md).
 *
 * A copy draws its fault (q = (error + hang + busy) / 100 of its service) and its latency from
 * streams of its own, independently of every other copy. It answers ok when it draws no fault
 * *and* answers within the timeout T (ties go to the answer), so it fails with
 * q_eff = 1 - (1 - q) P(latency <= T), with P from latencyCdf (exact for the engine's draws).
 * With r retries a call succeeds unless all r + 1 attempts fail: p = 1 - f^(r+1), where f =
 * q_eff, and sends on average (1 - f^(r+1)) / (1 - f) copies. A request succeeds exactly when
 * every call does: the product of the p's, whatever the model. A loop that stops at a failed
 * chunk (sequential, batches) sends chunk c only if every earlier call succeeded.
 *
 * A hedged attempt fails when its first copy fails and either ended by the hedge delay h (no
 * hedge) or its hedge fails too: f = P(fail, end <= h) + P(fail, end > h) q_eff.
 *
 * Numbers that have no closed form are null, and `notes` say why.
 */
export interface FaultPrediction {
  /** Expected percent of calls that answer ok (null: no closed form here). */
  readonly callSuccessPct: number | null;
  /** Probability, in percent, that the request succeeds. */
  readonly requestSuccessPct: number;
  /**
   * Copies per call sent, in the long run (expected copies / expected calls sent): the load
   * amplification of retries (null: no closed form).
   */
  readonly copiesPerCall: number | null;
  readonly notes: readonly string[];
}

/** One call's odds: p, the chance it answers ok; copies, what it sends on average if sent. */
interface CallOdds {
  readonly p: number;
  readonly copies: number;
}

/**
 * @param failFastChunkSize the request stops sending after a failed chunk of this many calls
 *   (a loop of awaits: 1; batches: their size); false when every call is sent whatever fails.
 */
export function predictFaults(
  calls: readonly CallSpec[],
  faults: FaultSettings,
  policy: CallPolicy,
  failFastChunkSize: number | false,
): FaultPrediction {
  const notes: string[] = [];
  const perCall = calls.map((call) => callOdds(call, faults, policy));
  let requestP = 1;
  for (const { p } of perCall) requestP *= p;
  const n = calls.length;

  // reach[i]: the chance call i is sent at all; 1 unless the request stops at a failed chunk.
  const reach: number[] = [];
  let chunkReach = 1;
  let nextChunkReach = 1;
  for (const [i, { p }] of perCall.entries()) {
    if (failFastChunkSize !== false && i % failFastChunkSize === 0) chunkReach = nextChunkReach;
    reach.push(chunkReach);
    nextChunkReach *= p;
  }
  const sum = (value: (odds: CallOdds, i: number) => number) =>
    perCall.reduce((total, odds, i) => total + value(odds, i), 0);
  const sentCalls = sum((_, i) => reach[i] ?? 1);

  let callSuccessPct: number | null = null;
  if (n === 0) callSuccessPct = 100;
  else if (policy.cancelOnFailure) {
    notes.push(
      'Cancelling on the first failure makes call success depend on timing: no closed form.',
    );
  } else {
    callSuccessPct = (100 * sum(({ p }, i) => p * (reach[i] ?? 1))) / n;
  }

  let copiesPerCall: number | null =
    n === 0 ? 0 : sum(({ copies }, i) => copies * (reach[i] ?? 1)) / sentCalls;
  if (isHedged(policy) && !hasFaults(faults) && policy.timeoutMs === null && n > 0) {
    // Nothing fails, so no retry: a call sends its hedge exactly when its first copy is still out
    // at h, P(d0 > h) (an answer at h wins the tie), and every call is sent.
    copiesPerCall =
      1 +
      calls.reduce((total, call) => {
        const hedgeMs = hedgeDelayMs(policy, call.latency);
        return total + (hedgeMs === null ? 0 : 1 - latencyCdf(call.latency, hedgeMs));
      }, 0) /
        n;
  } else if (isHedged(policy)) {
    copiesPerCall = null;
    // With failures or a timeout (the recorded exports keep this wording).
    notes.push('Copies per call with hedging are not predicted yet: no closed form is shown.');
  } else if (policy.cancelOnFailure) {
    copiesPerCall = null;
  }
  if (policy.timeoutMs !== null) {
    notes.push(
      `A copy counts as failed unless it draws no fault and answers within ${policy.timeoutMs} ms: ` +
        'q_eff = 1 - (1 - q) P(latency <= timeout).',
    );
  }
  if (hasFaults(faults) || isHedged(policy) || policy.timeoutMs !== null) {
    notes.push(
      'The makespan has no closed form with failures, retries, timeouts or hedges: the engine measures it.',
    );
  }
  return { callSuccessPct, requestSuccessPct: 100 * requestP, copiesPerCall, notes };
}

/** The chance one attempt of `call` fails (f), then p and copies over r + 1 attempts. */
function callOdds(call: CallSpec, faults: FaultSettings, policy: CallPolicy): CallOdds {
  const { errorPct, hangPct, busyPct } = faultRatesFor(faults, call.service);
  const error = errorPct / 100;
  const hang = hangPct / 100;
  const busy = busyPct / 100;
  const q = Math.min(1, error + hang + busy);
  const timeoutMs = policy.timeoutMs;
  // P(latency <= T): an answer due at the instant its timeout fires wins the tie.
  const inTime = timeoutMs === null ? 1 : latencyCdf(call.latency, timeoutMs);
  const copyFails = 1 - (1 - q) * inTime;

  let f = copyFails;
  const hedgeMs = hedgeDelayMs(policy, call.latency);
  // With T <= h every copy has settled or timed out by the hedge instant: no hedge is sent.
  if (hedgeMs !== null && (timeoutMs === null || timeoutMs > hedgeMs)) {
    // A failed first copy is still out at h (so a hedge goes) when it ends after h: a 500 ends at
    // its latency, a hang at hangFor, a 429 at min(latency, BUSY_ANSWER_MS), a slow answer at
    // T (> h here); an end exactly at h is an answer, and ties go to the answer.
    const slowerThanHedge = 1 - latencyCdf(call.latency, hedgeMs);
    const failsAfterHedge =
      error * slowerThanHedge +
      hang * (faults.hangForMs > hedgeMs ? 1 : 0) +
      busy * (BUSY_ANSWER_MS > hedgeMs ? slowerThanHedge : 0) +
      (1 - q) * (1 - inTime);
    f = copyFails - failsAfterHedge + failsAfterHedge * copyFails;
  }

  const attempts = policy.retries + 1;
  const p = 1 - f ** attempts;
  const copies = f === 1 ? attempts : p / (1 - f);
  return { p, copies };
}

/** predictFaults for a scenario: its calls, faults and policy, and where its loop stops sending. */
export function predictScenarioFaults(scenario: Scenario): FaultPrediction {
  return predictFaults(
    scenario.fanOut.calls,
    scenario.faults,
    scenario.policy,
    failFastChunkSizeOf(scenario),
  );
}

/**
 * With Promise.all semantics a loop of awaits stops at the first failed call and `batches`
 * after the chunk holding it (docs/faults.md, "Fail fast"); every other model sends every call.
 */
function failFastChunkSizeOf(scenario: Scenario): number | false {
  if (scenario.policy.settle !== 'all') return false;
  const spec = modelSpecOf(scenario.fanOut);
  if (spec.name === 'sequential') return 1;
  if (spec.name === 'batches') return spec.limit;
  return false;
}
