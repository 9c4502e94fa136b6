import type { Millis } from '../clock.ts';
import { attemptsOf } from '../faults/faultStats.ts';
import type { Trace } from '../trace.ts';
import type { PlannedSend } from './liveTimeScale.ts';

/** What a live run of a scenario will ask of the page, read from its virtual run. */
export interface VirtualSends {
  /** One per copy the virtual run sent (first sends, retries, hedges), in call order. */
  readonly sends: readonly PlannedSend[];
  /** The virtual run's makespan, scenario ms. */
  readonly makespanMs: Millis;
}

/**
 * The mocked requests a live run of the same calls, model, faults and policy will send: every
 * copy of every call in `trace` (a virtual run, which a live run replays copy for copy), each
 * from its start for as long as it lasted there. A copy cut short (a timeout, a cancel, a won
 * hedge) counts until it was cut: the live transport then tells its mock to stop waiting, so
 * the page has no answer to serve at the hang's end. A skipped call sent nothing; local work
 * (offload) is not a request.
 */
export function plannedSendsOf(trace: Trace): VirtualSends {
  const sends = trace.calls.flatMap((call) =>
    attemptsOf(call).map((copy) => ({
      atMs: copy.startedAtMs,
      latencyMs: copy.endedAtMs - copy.startedAtMs,
    })),
  );
  return { sends, makespanMs: trace.makespanMs };
}
