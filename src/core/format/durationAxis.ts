import { durationUnitFor, formatDurationIn, type DurationUnit } from './formatDuration.ts';

const MS_PER_UNIT: Readonly<Record<DurationUnit, number>> = { ms: 1, s: 1000, min: 1000 };
/** Ticks never show more decimals than this, whatever the step. */
const MAX_DECIMALS = 6;

/** A time axis written in one unit throughout, so its ticks line up and compare at a glance. */
export interface DurationAxis {
  readonly unit: DurationUnit;
  /** A tick's value in the axis's unit, without it: "0", "250", "2.5", "2:30". */
  readonly tick: (ms: number) => string;
  /** A tick with its unit, for axes without a title: "0", "250 ms", "2.5 s", "2:30 min". */
  readonly tickWithUnit: (ms: number) => string;
}

/**
 * The axis unit is the unit its largest value would be written in (formatDuration's rule), so an
 * axis to 1,250 ms reads in ms and one to 25 s in s. Ticks keep the decimals `stepMs` needs in
 * that unit (3 without a step; the seconds of min:s for minutes), trailing zeros dropped; zero
 * is "0" without a unit in `tickWithUnit`.
 */
export function durationAxis(largestMs: number, stepMs?: number): DurationAxis {
  const unit = durationUnitFor(Math.abs(largestMs));
  const stepInUnit = stepMs === undefined ? NaN : stepMs / MS_PER_UNIT[unit];
  const decimals =
    stepInUnit > 0 && Number.isFinite(stepInUnit)
      ? Math.min(MAX_DECIMALS, Math.max(0, -Math.floor(Math.log10(stepInUnit) + 1e-9)))
      : unit === 'min'
        ? 0
        : 3;
  const tick = (ms: number): string => formatDurationIn(ms, unit, decimals);
  return {
    unit,
    tick,
    tickWithUnit: (ms) => (ms === 0 ? '0' : `${tick(ms)} ${unit}`),
  };
}
