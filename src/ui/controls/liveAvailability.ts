import { MAX_LIVE_CALLS } from '../../core/limits.ts';

/**
 * Why the live engine cannot be chosen, or null when it can. The app's reason (no service worker,
 * say) comes first: it holds for every scenario, while the call count is the person's to change.
 */
export function liveDisabledReason(
  liveUnavailableReason: string | null,
  callCount: number,
): string | null {
  if (liveUnavailableReason !== null) return liveUnavailableReason;
  if (callCount > MAX_LIVE_CALLS) {
    return (
      `live runs make at most ${MAX_LIVE_CALLS} real fetch() calls and this list has ` +
      `${callCount}; the virtual engine runs it exactly`
    );
  }
  return null;
}
