import { ASSUMED_CAPACITY, type PageCapacity } from './liveTimeScale.ts';
import type { Calibration } from '../liveTypes.ts';

/**
 * What a calibration says the page can serve, for the live planner; the assumed figures for
 * what it did not measure (no calibration yet, or one made before it measured requestCpuMs).
 */
export function pageCapacityOf(calibration: Calibration | null): PageCapacity {
  if (calibration === null) return ASSUMED_CAPACITY;
  return {
    requestCpuMs: calibration.requestCpuMs ?? ASSUMED_CAPACITY.requestCpuMs,
    overheadMs: calibration.overheadMs,
  };
}
