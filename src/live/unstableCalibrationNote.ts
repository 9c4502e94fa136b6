import type { Calibration } from '../core/liveTypes.ts';
import { MAX_STABLE_SPREAD_MS } from './calibrate.ts';

/**
 * The reliability note of a compensated run whose calibration stayed unstable (its spread over
 * MAX_STABLE_SPREAD_MS on every attempt), or null when it is stable: the margin it compensates
 * with was measured on a busy page, so the run's timings may drift by about that spread.
 */
export function unstableCalibrationNote(calibration: Calibration): string | null {
  if (calibration.unstable !== true) return null;
  const attempts = calibration.attempts ?? 1;
  return (
    `The mock overhead stayed unsteady over ${attempts} ${attempts === 1 ? 'measurement' : 'measurements'} ` +
    `(spread ${calibration.spreadMs.toFixed(1)} ms, steady is ${MAX_STABLE_SPREAD_MS} ms or less): ` +
    'the page was busy while it measured, so these timings may drift by about that much.'
  );
}
