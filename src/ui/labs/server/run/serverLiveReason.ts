import { MAX_LIVE_CALLS } from '../../../../core/limits.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { OPEN_ARRIVALS_LIVE_REASON } from '../../../../core/server/openArrivalsLiveNote.ts';
import type { WorkerState } from '../../../workerState.ts';
import { liveUnavailableReasonOf } from '../../liveUnavailableReason.ts';

/**
 * The real fetches a live load test sends, each answered on this page's main thread: one per
 * request to the app, and one per upstream call (the live engine's own limit counts the same).
 */
export function liveFetchesOf(requests: number, callsPerRequest: number): number {
  return requests * (1 + callsPerRequest);
}

/**
 * Why a live load test cannot run, or null when it can. The page's reasons come first (no
 * service worker, no live server engine): they hold for every scenario, while the number of
 * calls is the person's to change.
 */
export function serverLiveReason(
  worker: WorkerState,
  liveServerAvailable: boolean,
  scenario: Pick<Scenario, 'server' | 'fanOut'>,
): string | null {
  const pageReason = liveUnavailableReasonOf(worker);
  if (pageReason !== null) return pageReason;
  if (!liveServerAvailable) return 'this page has no live server engine';
  if (scenario.server.arrival === 'open') return OPEN_ARRIVALS_LIVE_REASON;
  const mocked = liveFetchesOf(scenario.server.requests, scenario.fanOut.calls.length);
  if (mocked > MAX_LIVE_CALLS) {
    return (
      `a live load test sends at most ${MAX_LIVE_CALLS} mocked requests and this one sends ` +
      `${mocked} (${scenario.server.requests} requests x (1 + ${scenario.fanOut.calls.length} calls)); the ` +
      `virtual engine runs it exactly`
    );
  }
  return null;
}
