import { formatNumber, groupThousands, NOT_A_NUMBER } from './formatNumber.ts';

/**
 * The three units a duration is written in. Thresholds are checked on the value as it will be
 * shown (after rounding), so 9,999.96 ms is "10 s", never "10,000 ms", and 599.96 s is "10:00 min".
 */
export type DurationUnit = 'ms' | 's' | 'min';

/** A duration split for a big-number card: `value` in large type, `unit` beside it. */
export interface DurationParts {
  /** "750", "1,250", "12.4", "20:41"; "—" when the input is not finite. */
  readonly value: string;
  /** "ms", "s" or "min"; "" when the input is not finite. */
  readonly unit: DurationUnit | '';
}

/** Below this many ms (as shown, to 0.1 ms) a duration is written in ms. */
export const MS_UNTIL = 10_000;
/** Below this many seconds (as shown, to 0.1 s) a duration is written in s; from it, min:s. */
export const SECONDS_UNTIL = 600;

/** |value| rounded to `decimals`, float noise stripped first (as plainFixed does). */
const roundTo = (value: number, decimals: number): number =>
  Math.round(Number((Math.abs(value) * 10 ** decimals).toPrecision(15))) / 10 ** decimals;

/** The unit `ms` is written in (see DurationUnit); 'ms' for a non-finite input. */
export function durationUnitFor(ms: number): DurationUnit {
  if (!Number.isFinite(ms) || roundTo(ms, 1) < MS_UNTIL) return 'ms';
  return roundTo(ms / 1000, 1) < SECONDS_UNTIL ? 's' : 'min';
}

/** "20:41": whole minutes (grouped past 999) and two-digit seconds, rounded to `secondDecimals`. */
function minutesAndSeconds(ms: number, secondDecimals: number): string {
  const totalS = roundTo(ms / 1000, secondDecimals);
  const minutes = Math.floor(totalS / 60);
  const seconds = formatNumber(totalS - minutes * 60, { decimals: secondDecimals });
  const padded = seconds.includes('.')
    ? seconds.padStart(secondDecimals + 3, '0')
    : seconds.padStart(2, '0');
  const sign = ms < 0 && totalS !== 0 ? '-' : '';
  return `${sign}${groupThousands(String(minutes))}:${padded}`;
}

/**
 * `ms` written in `unit`, without the unit: up to `decimals` places, trailing zeros dropped, so a
 * whole axis can share one unit ("0", "2.5", "5" in s). Minutes are always min:s ("2:30").
 */
export function formatDurationIn(ms: number, unit: DurationUnit, decimals: number): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  switch (unit) {
    case 'ms':
      return formatNumber(ms, { decimals });
    case 's':
      return formatNumber(ms / 1000, { decimals });
    case 'min':
      return minutesAndSeconds(ms, decimals);
  }
}

/**
 * A duration as a card shows it: ms below 10 s ("750", "1,250", "9.8": to 0.1 ms, as the engines'
 * sub-ms overheads are real), seconds below 10 min ("12.4": to 0.1 s), then min:s ("20:41", whole
 * seconds). Negative durations (a gap) keep their sign; not finite gives "—" and no unit.
 */
export function durationParts(ms: number): DurationParts {
  if (!Number.isFinite(ms)) return { value: NOT_A_NUMBER, unit: '' };
  return durationPartsIn(ms, durationUnitFor(ms));
}

/**
 * `ms` with a card's precision (0.1 ms, 0.1 s, whole seconds) in a unit picked elsewhere: a
 * moving cursor written in the unit of the run's end ("3.2 s of 25 s") does not change unit as
 * it passes 10 s.
 */
export function durationPartsIn(ms: number, unit: DurationUnit): DurationParts {
  if (!Number.isFinite(ms)) return { value: NOT_A_NUMBER, unit: '' };
  return { value: formatDurationIn(ms, unit, unit === 'min' ? 0 : 1), unit };
}

/**
 * A time for a table column that stays in ms (rows compare digit by digit, the header names the
 * unit): grouped, exact to 0.001 ms, trailing zeros dropped: "1,250", "333.333", "0.5".
 */
export function formatExactMs(ms: number): string {
  return formatNumber(ms, { decimals: 3 });
}

/** A duration for prose, tables and tooltips: "750 ms", "1,250 ms", "12.4 s", "20:41 min". */
export function formatDuration(ms: number): string {
  const { value, unit } = durationParts(ms);
  return unit === '' ? value : `${value} ${unit}`;
}
