import { speedLabel, speedOptions } from '../controls/replaySpeeds.ts';

export interface SpeedChoice {
  /** The select's option value (a string, as the DOM holds it). */
  readonly value: string;
  readonly label: string;
}

/**
 * The replay bar's speeds: the same list as the scenario's "replay speed" field (0.1x to 10x),
 * plus the speed in use when a link carried another one (say `speed=20`), so the select never
 * shows a speed other than the one playing.
 */
export function replaySpeedChoices(current: number): readonly SpeedChoice[] {
  return speedOptions(current).map((speed) => ({ value: String(speed), label: speedLabel(speed) }));
}

/** The speed an option stands for, or null for anything that is not a positive number. */
export function parseSpeedChoice(value: string): number | null {
  const speed = Number(value);
  return Number.isFinite(speed) && speed > 0 ? speed : null;
}
