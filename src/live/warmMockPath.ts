import type { Millis } from '../core/clock.ts';
import type { Transport } from '../core/runFanOut.ts';

/** Lone requests sent one after another: the first wakes the worker and loads the handler. */
export const WARM_UP_SEQUENTIAL = 3;

/**
 * Requests then sent at once: a burst takes code paths a lone request does not (several fetch
 * events in the worker, messages queued on the page, timers armed together), and a first live
 * run of the talk's four calls sends four at once. Eight stays quick (well under 100 ms warm).
 */
export const WARM_UP_BURST = 8;

/** What a warm-up request asks the mock to wait: 0, since only the code path matters here. */
const WARM_UP_DELAY_MS: Millis = 0;

/**
 * Warms the mock path (the service worker's fetch handler, the page's MSW client and the
 * upstream handler, and the JIT behind them) before anything is measured on it: sends
 * `sequential` lone requests, then `burst` at once, and resolves when every answer has arrived.
 * A cold path costs tens of ms per request (the issue saw a first calibration of 84 ms +- 154),
 * which no later request pays; a first live run must not pay it either.
 *
 * Invariant: every warm-up request has been answered when this resolves (none overlaps what is
 * measured next). Rejects with the transport's error (the mocks unreachable) or the signal's
 * reason.
 */
export async function warmMockPath(
  send: Transport,
  options: { readonly sequential?: number; readonly burst?: number; readonly signal?: AbortSignal },
): Promise<void> {
  const { sequential = WARM_UP_SEQUENTIAL, burst = WARM_UP_BURST, signal } = options;
  const call = (index: number) => ({
    request: 0,
    index,
    service: 'warm-up',
    latencyMs: WARM_UP_DELAY_MS,
  });
  for (let i = 0; i < sequential; i += 1) await send(call(i), signal);
  const inBurst = Array.from({ length: burst }, (_, i) => send(call(sequential + i), signal));
  await Promise.all(inBurst);
}
