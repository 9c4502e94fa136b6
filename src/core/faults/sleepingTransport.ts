import { callLabel } from '../callLabel.ts';
import type { Clock } from '../clock.ts';
import type { PlannedCall } from '../plannedCall.ts';
import { UpstreamFailure } from '../policy/callFailures.ts';
import type { Transport } from '../runFanOut.ts';

/**
 * The virtual engine's transport: a call takes exactly its planned latency on `clock`, then
 * fails the way its plan says (500, 504 after hanging, 429 with Retry-After) or answers.
 */
export function sleepingTransport(clock: Clock): Transport {
  // An async function on purpose: a copy's answer reaches its caller two microtask turns after
  // its timer fires, faulty or not, and calls that end at one instant are handled in that order
  // (a pool's free slot goes to the first). A bare sleep promise would take one turn and reorder
  // same-instant ends against the recorded engine (engineCorpus.test.ts).
  return async (call, signal) => {
    await clock.sleep(call.latencyMs, signal, call);
    if (call.fault !== undefined) throw upstreamFailureOf(call);
  };
}

/** The failure a call planned to fail answers with, as the live transport reads it from HTTP. */
export function upstreamFailureOf(call: PlannedCall): UpstreamFailure {
  const who = callLabel(call);
  switch (call.fault) {
    case 'hang':
      return new UpstreamFailure(
        'hung',
        `${who} hung; the proxy answered 504 after ${call.latencyMs} ms`,
      );
    case 'busy': {
      const retryAfterMs = (call.retryAfterS ?? 0) * 1000;
      return new UpstreamFailure(
        'busy',
        `${who} was answered 429 (Retry-After ${call.retryAfterS ?? 0} s)`,
        retryAfterMs,
      );
    }
    default:
      return new UpstreamFailure('error', `${who} was answered 500`);
  }
}
