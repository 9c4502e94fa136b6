import type { Clock, Millis } from '../clock.ts';

/**
 * `base` seen from `originMs`: now() reads base.now() - originMs, sleeps are base's. A handler
 * whose model anchors something at t = 0 (the fixed-window throttle's windows) runs on this, so
 * its windows start with its own fan-out, exactly as in the Fan-out lab and in predict().
 */
export function requestClock(base: Clock, originMs: Millis): Clock {
  return {
    now: () => base.now() - originMs,
    sleep: (ms, signal, label) => base.sleep(ms, signal, label),
  };
}
