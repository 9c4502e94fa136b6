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
  // `.then` rather than an async function: the answer reaches the caller in the same microtask
  // turn as an async function's `await sleep; return` would (so calls that end at one instant
  // are handled in the recorded order, engineCorpus.test.ts), without an async frame and its
  // await closures per copy. A bare sleep promise would be one turn early and reorder them.
  return (call, signal) => {
    const answered = clock.sleep(call.latencyMs, signal, call);
    return call.fault === undefined
      ? answered.then()
      : answered.then(() => {
          throw upstreamFailureOf(call);
        });
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
