import type { WorkerState } from '../workerState.ts';

/** Why live runs are off (shown beside the engine choice), or null when they are available. */
export function liveUnavailableReasonOf(worker: WorkerState): string | null {
  switch (worker.kind) {
    case 'ready':
      return null;
    case 'starting':
      return 'the mock service worker is still starting';
    case 'unavailable':
      return `the mock service worker is unavailable: ${worker.reason}`;
  }
}
