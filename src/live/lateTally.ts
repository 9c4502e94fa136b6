import type { Millis } from '../core/clock.ts';
import type { PlannedCall } from '../core/plannedCall.ts';

/**
 * A compensated call that ended more than this after its latency gets a note: below it, the
 * lateness is within the timers' own precision and says nothing about the mocks.
 */
export const LATE_NOTE_MS = 1;

/** Counts a run's compensated calls that came back late (the transports' `onLate`). */
export interface LateTally {
  readonly onLate: (call: PlannedCall, lateMs: Millis) => void;
  /** Calls late by more than LATE_NOTE_MS. */
  readonly calls: () => number;
  /** The largest of those lates, in the transport's ms (0 when none). */
  readonly maxMs: () => Millis;
}

export function createLateTally(): LateTally {
  let calls = 0;
  let maxMs: Millis = 0;
  return {
    onLate: (_call, lateMs) => {
      if (lateMs <= LATE_NOTE_MS) return;
      calls += 1;
      maxMs = Math.max(maxMs, lateMs);
    },
    calls: () => calls,
    maxMs: () => maxMs,
  };
}

/** Why a compensated run went without compensation. */
export function notMeasuredNote(why: string): string {
  return `The mock overhead could not be measured (${why}), so no compensation was applied.`;
}
