import type { Clock, Millis } from '../../core/clock.ts';
import { boundClock } from '../boundClock.ts';
import { createRealClock } from '../realClock.ts';

/**
 * The clock of a live Server lab run, in *experiment* ms: `now()` is the wall time since the
 * clock was made (the run's t = 0) times `timeScale`, and `sleep(ms)` waits `ms / timeScale`
 * wall ms. So model code, overheads and local work run unchanged in experiment time while the
 * wall clock runs `timeScale` times faster; every time read from it compares with a virtual run.
 *
 * Every sleep also ends when `runSignal` aborts (boundClock).
 *
 * Invariant (from the real clock): `sleep(ms)` never resolves before `now()` has advanced by
 * `ms` (to float rounding of the division), and resolves within ~0.1 wall ms after that when
 * the thread is free.
 */
export function createExperimentClock(timeScale: number, runSignal: AbortSignal): Clock {
  if (!(timeScale > 0 && Number.isFinite(timeScale))) {
    throw new RangeError(`A time scale must be a finite number above 0, got ${timeScale}.`);
  }
  const wall = createRealClock();
  const scaled: Clock = {
    now: (): Millis => wall.now() * timeScale,
    sleep: (ms, signal, label) => wall.sleep(ms / timeScale, signal, label),
  };
  return boundClock(scaled, runSignal);
}
