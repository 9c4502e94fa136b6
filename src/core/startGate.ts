import type { Millis } from './clock.ts';
import type { ThrottleSpec } from './modelSpec.ts';

/**
 * The admission rule of a throttle, as a small state machine over the starts it has admitted.
 * Callers admit starts in non-decreasing time order (the throttle is FIFO).
 */
export interface StartGate {
  /** The earliest instant >= `atOrAfterMs` at which one more start is allowed. */
  earliestStart(atOrAfterMs: Millis): Millis;
  /** Records a start at `atMs` (which must be allowed, and >= every earlier start). */
  recordStart(atMs: Millis): void;
}

/** Builds the gate for a throttle spec. Each variant's invariant is stated beside it. */
export function createStartGate(spec: ThrottleSpec): StartGate {
  switch (spec.kind) {
    case 'sliding': {
      // Invariant: s_i >= s_{i-cap} + windowMs, i.e. at most `cap` starts in any span of windowMs.
      const starts: Millis[] = [];
      return {
        earliestStart: (t) => {
          const blocker = starts[starts.length - spec.cap];
          return blocker === undefined ? t : Math.max(t, blocker + spec.windowMs);
        },
        recordStart: (t) => {
          starts.push(t);
        },
      };
    }
    case 'fixed': {
      // Invariant: at most `cap` starts in each span [k*windowMs, (k+1)*windowMs).
      let windowIndex = -1;
      let startsInWindow = 0;
      return {
        earliestStart: (t) => {
          const k = Math.floor(t / spec.windowMs);
          if (k !== windowIndex || startsInWindow < spec.cap) return t;
          return (k + 1) * spec.windowMs;
        },
        recordStart: (t) => {
          const k = Math.floor(t / spec.windowMs);
          if (k !== windowIndex) {
            windowIndex = k;
            startsInWindow = 0;
          }
          startsInWindow += 1;
        },
      };
    }
    case 'spacing': {
      // Invariant: s_i >= s_{i-1} + minTime.
      let last = -Infinity;
      return {
        earliestStart: (t) => Math.max(t, last + spec.minTimeMs),
        recordStart: (t) => {
          last = t;
        },
      };
    }
    case 'bucket': {
      // GCRA, the exact equivalent of a continuous token bucket that starts full: with the
      // emission interval T = 1000 / rate and tolerance tau = (burst - 1) * T, a start at t is
      // allowed when t >= tat - tau, and it moves the theoretical arrival time to max(tat, t) + T.
      const intervalMs = 1000 / spec.ratePerSec;
      const toleranceMs = (spec.burst - 1) * intervalMs;
      let tat = 0;
      return {
        earliestStart: (t) => Math.max(t, tat - toleranceMs),
        recordStart: (t) => {
          tat = Math.max(tat, t) + intervalMs;
        },
      };
    }
  }
}
