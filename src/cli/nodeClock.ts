import { performance } from 'node:perf_hooks';
import type { Clock, Millis } from '../core/clock.ts';

/**
 * A real clock for runs in Node (the CLI's network engine): `now()` counts ms from the clock's
 * creation (a clock made at a run's start counts from t = 0), `sleep` is a real timer.
 * Invariant: a sleep never ends before `now()` advanced by its `ms` (Node's timers can fire up to
 * 1 ms early against performance.now(): an early one sleeps the rest). An aborted sleep clears
 * its timer and rejects with the signal's reason.
 */
export function createNodeClock(): Clock {
  const originMs = performance.now();
  const now = (): Millis => performance.now() - originMs;
  return {
    now,
    sleep(ms: Millis, signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) return Promise.reject(signal.reason as unknown);
      const dueMs = now() + Math.max(0, ms);
      return new Promise<void>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason as unknown);
        };
        const arm = () => {
          timer = setTimeout(
            () => {
              if (now() < dueMs) {
                arm();
                return;
              }
              signal?.removeEventListener('abort', onAbort);
              resolve();
            },
            Math.max(0, dueMs - now()),
          );
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        arm();
      });
    },
  };
}
