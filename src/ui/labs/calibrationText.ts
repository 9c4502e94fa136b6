import { formatDuration } from '../../core/format/formatDuration.ts';
import { faithfulRatePerSec } from '../../core/live/liveTimeScale.ts';
import type { EngineName } from '../../core/scenario.ts';
import type { Calibration } from '../liveEnginePort.ts';

/**
 * One line on how far live timings can be trusted, for the numbers panel: the mock overhead and
 * its spread, whether it is compensated, whether it stayed unsteady, and the page's capacity.
 * The capacity is the planner's faithful rate (faithfulRatePerSec: the steady stream a live run
 * keeps its timings at, the figure a lab plans with), with the raw ceiling (1000 / requestCpuMs,
 * the most the page answers at all) beside it, so the gap between the two is visible.
 */
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
  const attempts = calibration.attempts ?? 1;
  const unsteady =
    calibration.unstable === true
      ? ` (unsteady over ${attempts} ${attempts === 1 ? 'measurement' : 'measurements'}: ` +
        'the page was busy, live timings may drift)'
      : '';
  const compensated = compensate ? 'compensated' : 'not compensated';
  return `${overhead}${unsteady}, ${compensated}${capacityText(calibration)}`;
}

/** "; this page answers about 210 mocked requests a second faithfully (830 at most)", or "". */
function capacityText({ requestCpuMs, overheadMs }: Calibration): string {
  if (requestCpuMs === undefined || !(requestCpuMs > 0)) return '';
  const faithful = Math.round(faithfulRatePerSec({ requestCpuMs, overheadMs }));
  const ceiling = Math.round(1000 / requestCpuMs);
  return `; this page answers about ${faithful} mocked requests a second faithfully (${ceiling} at most)`;
}
