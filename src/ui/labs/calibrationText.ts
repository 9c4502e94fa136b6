import { formatDuration } from '../../core/format/formatDuration.ts';
import type { EngineName } from '../../core/scenario.ts';
import type { Calibration } from '../liveEnginePort.ts';

/** One line on how far live timings can be trusted, for the numbers panel. */
export function calibrationText(
  engine: EngineName,
  liveAvailable: boolean,
  calibration: Calibration | null,
  compensate: boolean,
  problem: string | null = null,
): string {
  if (engine === 'virtual') return 'n/a: the virtual engine is exact';
  if (!liveAvailable) return 'n/a: live runs are unavailable';
  if (calibration === null && problem !== null) {
    return `the mock overhead could not be measured (${problem}); live runs are not compensated`;
  }
  if (calibration === null) return 'measuring the mock overhead…';
  const overhead = `mock overhead ${formatDuration(calibration.overheadMs)} ± ${formatDuration(calibration.spreadMs / 2)}`;
  return compensate ? `${overhead}, compensated` : `${overhead}, not compensated`;
}
