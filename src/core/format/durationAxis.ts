import { durationUnitFor, formatDurationIn, type DurationUnit } from './formatDuration.ts';

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
 * axis to 1,250 ms reads in ms and one to 25 s in s. Ticks keep up to 3 decimals (round steps
 * need fewer; trailing zeros are dropped); zero is "0" without a unit.
 */
export function durationAxis(largestMs: number): DurationAxis {
  const unit = durationUnitFor(Math.abs(largestMs));
  const tick = (ms: number): string => formatDurationIn(ms, unit, unit === 'min' ? 0 : 3);
  return {
    unit,
    tick,
    tickWithUnit: (ms) => (ms === 0 ? '0' : `${tick(ms)} ${unit}`),
  };
}
