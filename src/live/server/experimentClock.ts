import type { Clock } from '../../core/clock.ts';
import { boundClock } from '../boundClock.ts';
import { experimentClock } from '../experimentTime.ts';
import { createRealClock } from '../realClock.ts';

/**
 * The clock of a live Server lab run, in *experiment* ms: the real clock (t = 0 when made)
 * through experimentClock (src/live/experimentTime.ts), so model code, overheads and local work
 * run unchanged in experiment time while the wall clock runs `timeScale` times faster; every
 * time read from it compares with a virtual run.
 *
 * Every sleep also ends when `runSignal` aborts (boundClock). Throws a RangeError for a scale
 * that is not finite and above 0.
 *
 * Invariant (from the real clock): `sleep(ms)` never resolves before `now()` has advanced by
 * `ms` (to float rounding of the division), and resolves within ~0.1 wall ms after that when
 * the thread is free.
 */
export function createExperimentClock(timeScale: number, runSignal: AbortSignal): Clock {
  return boundClock(experimentClock(createRealClock(), timeScale), runSignal);
}
