import type { Clock, Millis } from '../core/clock.ts';
import { createMessageChannelTicker } from '../core/hostYield.ts';

/**
 * The last stretch of a sleep, waited out by yielding to the host (MessageChannel macrotasks)
 * instead of a timer. Timers have whole-ms granularity: browsers truncate a fractional delay,
 * clamp nested 0 ms timers to 4 ms, and Node's fire up to 1 ms early or late and turn any delay
 * under 1 ms into 1 ms. Measured here (Chromium 156, 2 cores) a yield takes 6-20 µs, so the tail
 * (0.5 ms on average) costs 25-80 short macrotasks that other tasks interleave with, and lands
 * within ~0.1 ms of the due time; a 1 ms timer instead would be late by 0.6 ms on average.
 */
export const TIMER_TAIL_MS = 1;

/**
 * The live engine's clock: `now()` is `performance.now()` in ms since the clock was created (so a
 * clock made at a run's start counts from t = 0), and `sleep` is a real `setTimeout`.
 *
 * Invariants:
 * - `sleep(ms)` never resolves before `now()` has advanced by `ms` (a throttle that sleeps until
 *   an instant never starts a call before it), and resolves within about 0.1 ms after that when
 *   the thread is free (see TIMER_TAIL_MS).
 * - An aborted sleep clears its timer and rejects with `signal.reason`; a settled one removes its
 *   abort listener, so a long-lived signal does not collect listeners.
 * - When a sleep ends, every other sleep of this clock that is due by then ends with it, in due
 *   order, in the same task. A wave of calls answered at one instant (a pool's, a burst's) is
 *   released together, so the calls their ends start are all sent before the page turns to
 *   other work; each on its own timer, the later ones waited behind the mocked requests the
 *   earlier ones had just sent (measured in Chromium: a pool of ten 20 ms calls at 10x slower
 *   lost about 5 wall ms per wave, +2.6 %).
 */
export function createRealClock(): Clock {
  const originMs = performance.now();
  const now = (): Millis => performance.now() - originMs;
  /** The sleeps waiting, each with its due instant and how it ends. */
  const waiting = new Set<{ readonly dueMs: Millis; readonly end: () => void }>();
  let releasing = false;
  /** Ends every waiting sleep due by now, earliest first (see the invariant above). */
  const releaseDue = (): void => {
    if (releasing) return;
    releasing = true;
    const nowMs = now();
    // Runs on every sleep's end (a live run's hot path): allocate only when another is due.
    let due: Array<{ readonly dueMs: Millis; readonly end: () => void }> | null = null;
    for (const sleep of waiting) if (sleep.dueMs <= nowMs) (due ??= []).push(sleep);
    if (due !== null) {
      due.sort((a, b) => a.dueMs - b.dueMs);
      for (const sleep of due) sleep.end();
    }
    releasing = false;
  };

  return {
    now,
    // `label` only names a wait in virtual-run diagnostics; real timers need no name.
    sleep(ms: Millis, signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) return Promise.reject(signal.reason as unknown);
      const dueMs = now() + Math.max(0, ms);
      return new Promise<void>((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let closeTail = () => {};
        const settle = (error?: { reason: unknown }) => {
          if (!waiting.delete(entry)) return;
          clearTimeout(timer);
          closeTail();
          signal?.removeEventListener('abort', onAbort);
          if (error) return reject(error.reason);
          resolve();
          releaseDue();
        };
        const entry = { dueMs, end: () => settle() };
        waiting.add(entry);
        const onAbort = () => settle({ reason: signal?.reason });
        const waitOutTail = () => {
          // Polled on the host's macrotasks (not clamped like a 0 ms timer); settle closes it.
          const ticker = createMessageChannelTicker(() => poll());
          closeTail = () => ticker.close();
          const poll = (): void => {
            if (signal?.aborted) return;
            if (now() >= dueMs) return settle();
            ticker.tick();
          };
          poll();
        };
        const arm = () => {
          const leftMs = dueMs - now();
          if (leftMs <= 0) return settle();
          if (leftMs < TIMER_TAIL_MS) return waitOutTail();
          // A whole-ms timer that browsers fire at most the fraction early (never a chain of
          // 0 ms timers, which browsers clamp to 4 ms once nested); the fraction is the tail.
          timer = setTimeout(arm, Math.floor(leftMs));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        arm();
      });
    },
  };
}
