import { copyFixText, worstCaseCopies, worstCaseText } from '../../core/faults/worstCaseCopies.ts';
import type { CopyFields } from '../../core/faults/worstCaseCopies.ts';
import { MAX_LIVE_CALLS, MAX_LIVE_COPIES } from '../../core/limits.ts';

/**
 * Why the live engine cannot be chosen, or null when it can. The app's reason (no service worker,
 * say) comes first: it holds for every scenario, while the calls, retries and hedge are the
 * person's to change. Every copy of a call (first send, retry, hedge) is a real fetch(), so the
 * bound is on the worst case of copies (src/core/faults/worstCaseCopies.ts), which a plain list
 * reaches with its calls alone.
 */
export function liveDisabledReason(
  liveUnavailableReason: string | null,
  scenario: CopyFields,
): string | null {
  if (liveUnavailableReason !== null) return liveUnavailableReason;
  const callCount = scenario.fanOut.calls.length;
  if (callCount > MAX_LIVE_CALLS) {
    return (
      `live runs make at most ${MAX_LIVE_CALLS} real fetch() calls and this list has ` +
      `${callCount}; the virtual engine runs it exactly`
    );
  }
  const worst = worstCaseCopies(scenario);
  if (worst.total > MAX_LIVE_COPIES) {
    return (
      `live runs make at most ${MAX_LIVE_COPIES} real fetch() calls and this scenario may send ` +
      `${worstCaseText(worst)}; ${copyFixText(worst, MAX_LIVE_COPIES)}, or let the virtual ` +
      'engine run it exactly'
    );
  }
  return null;
}

/**
 * Why the network engine cannot be chosen, or null when it can: the page's reason first (no
 * Overlap server behind it), then the live bounds, which it shares (every copy is a real fetch()).
 */
export function networkDisabledReason(
  networkUnavailableReason: string | null,
  scenario: CopyFields,
): string | null {
  if (networkUnavailableReason !== null) return networkUnavailableReason;
  return liveDisabledReason(null, scenario)?.replace(/^live runs/, 'network runs') ?? null;
}
