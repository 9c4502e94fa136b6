import type { RunSnapshot } from '../run/runSnapshot.ts';
import { isRealTimeEngine } from '../run/realTimeEngine.ts';

/** Whether the replay bar can move the cursor now, and if not, the sentence that says why. */
export type ReplayAvailability =
  | { readonly enabled: true; readonly reason: null }
  | { readonly enabled: false; readonly reason: string };

export const LIVE_RUN_REASON =
  'Replay waits for the end of the run: a live run cannot be paused, the network does not wait.';
export const NO_RUN_REASON = 'Run the calls first: the replay moves through a finished timeline.';

/** A known timeline can be replayed; a live run in progress cannot (its future is unknown). */
export function replayAvailability(
  snapshot: Pick<RunSnapshot, 'seekable' | 'engine' | 'status'>,
): ReplayAvailability {
  if (snapshot.seekable) return { enabled: true, reason: null };
  if (isRealTimeEngine(snapshot.engine) && snapshot.status === 'running') {
    return { enabled: false, reason: LIVE_RUN_REASON };
  }
  return { enabled: false, reason: NO_RUN_REASON };
}
