import type { Millis } from '../clock.ts';
import { attemptsOf } from '../faults/faultStats.ts';
import type { AttemptOutcome, Trace } from '../trace.ts';
import type { PlannedSend } from './liveTimeScale.ts';

/** What a live run of a scenario will ask of the page, read from its virtual run. */
export interface VirtualSends {
  /** One per copy the virtual run sent (first sends, retries, hedges), in call order. */
  readonly sends: readonly PlannedSend[];
  /** The virtual run's makespan, scenario ms. */
  readonly makespanMs: Millis;
}

/** Copies the client gave up on: their answer is never waited for (see plannedSendsOf). */
const CUT_SHORT: ReadonlySet<AttemptOutcome> = new Set(['timeout', 'cancelled', 'aborted']);

/**
 * The mocked requests a live run of the same calls, model, faults and policy will send: every
 * copy of every call in `trace` (a virtual run, which a live run replays copy for copy), each
 * from its start. A copy that answered (200, 500, 504 after its hang, 429) lasts until its
 * answer, which must be back on time. A copy cut short (its timeout, a cancel, the other copy of
 * a hedge answering first) counts with the latency its service was asked for: its answer is
 * never waited for (the transport tells the mock to stop), so it must not be due at the cut:
 * a hedge copy cut 1 ms after it was sent would otherwise be "late" at every scale. A skipped
 * call sent nothing; local work (offload) is not a request.
 */
export function plannedSendsOf(trace: Trace): VirtualSends {
  const sends = trace.calls.flatMap((call) =>
    attemptsOf(call).map((copy) => ({
      atMs: copy.startedAtMs,
      latencyMs: CUT_SHORT.has(copy.outcome) ? copy.latencyMs : copy.endedAtMs - copy.startedAtMs,
    })),
  );
  return { sends, makespanMs: trace.makespanMs };
}
