import type { Millis } from '../clock.ts';
import { seededRandom } from '../seededRandom.ts';
import type { CallPolicy } from './callPolicy.ts';

/** Salt that keeps the jitter draws apart from the latency and fault draws. */
const JITTER_STREAM = 0x7177e;

/**
 * The wait before retry `retry` (1 = the first) of a call: exponential, base * 2^(retry-1),
 * capped at the policy's maxBackoffMs; with full jitter a seeded uniform draw in [0, that cap],
 * rounded to whole ms so virtual timelines stay exact. The cap comes before the jitter (AWS's
 * "full jitter": random(0, min(cap, base * 2^k))), so waits never pile up at the ceiling. A 429's
 * Retry-After is a floor: the retry never comes sooner, even above the ceiling.
 */
export function backoffMs(
  policy: Pick<CallPolicy, 'backoffMs' | 'maxBackoffMs' | 'jitter'>,
  retry: number,
  retryAfterMs: Millis | null,
  draw: { readonly seed: number; readonly request: number; readonly index: number },
): Millis {
  const ceilingMs = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (retry - 1));
  const waitMs =
    policy.jitter === 'none'
      ? ceilingMs
      : Math.round(
          seededRandom((draw.seed ^ JITTER_STREAM) >>> 0, draw.request, draw.index, retry)() *
            ceilingMs,
        );
  return Math.max(waitMs, retryAfterMs ?? 0);
}
