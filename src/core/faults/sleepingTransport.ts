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
  return async (call, signal) => {
    await clock.sleep(call.latencyMs, signal, callLabel(call));
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
