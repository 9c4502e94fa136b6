import type { Calibration } from '../liveTypes.ts';
import { ASSUMED_CAPACITY, type PageCapacity } from './liveTimeScale.ts';

/**
 * What this page can serve, from its calibration: its own overhead, and its main-thread ms per
 * request where the calibration measured them (ASSUMED_CAPACITY's where it did not, or before
 * any calibration).
 */
export function pageCapacityOf(calibration: Calibration | null): PageCapacity {
  if (calibration === null) return ASSUMED_CAPACITY;
  return {
    requestCpuMs: calibration.requestCpuMs ?? ASSUMED_CAPACITY.requestCpuMs,
    overheadMs: calibration.overheadMs,
  };
}
