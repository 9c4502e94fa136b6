import type { Clock } from '../core/clock.ts';

/**
 * The clock a run's code sees: `clock`, with every sleep also ending when the run stops
 * (`runSignal` aborts), including the waits a model starts without a signal (a throttle's wait
 * for its next start), so nothing of a stopped run keeps running.
 */
export function boundClock(clock: Clock, runSignal: AbortSignal): Clock {
  return {
    now: () => clock.now(),
    sleep: (ms, signal, label) =>
      clock.sleep(
        ms,
        signal === undefined || signal === runSignal
          ? runSignal
          : AbortSignal.any([signal, runSignal]),
        label,
      ),
  };
}
