import { durationParts } from '../../core/format/formatDuration.ts';

/** The parts of a Figure that show a duration: value and unit by size, the exact ms kept. */
export interface DurationFigure {
  readonly value: string | null;
  readonly unit: string;
  readonly exact: number | null;
}

/**
 * `ms` as a big figure: "750" ms, "12.4" s, "20:41" min (durationParts), so a long run never
 * outgrows its cell; null, undefined or NaN (not measured) leave the figure empty.
 */
export function durationFigure(ms: number | null | undefined): DurationFigure {
  if (ms === null || ms === undefined || Number.isNaN(ms)) {
    return { value: null, unit: 'ms', exact: null };
  }
  const { value, unit } = durationParts(ms);
  return { value, unit, exact: ms };
}
