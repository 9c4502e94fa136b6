import { LIVE_TIME_SCALES, type LiveScalePlan } from '../../core/live/liveTimeScale.ts';
import { timeScaleLabel } from '../../core/live/timeScaleLabel.ts';

/** The select's value for "let the planner choose". */
export const AUTO_SCALE = 'auto';

/**
 * The scales a Fan-out or Compare live run offers: slower than real time, and real time. No
 * compression: these runs last a second or two at real time, and a faster run only packs the
 * page's requests closer together.
 */
export const FAN_OUT_TIME_SCALES: readonly number[] = LIVE_TIME_SCALES.filter((s) => s <= 1);

export interface ScaleOption {
  readonly value: string;
  readonly label: string;
}

/** "auto (20× slower)" (or "auto" before the plan is known), then every offered scale. */
export function scaleOptions(autoScale: number | null): readonly ScaleOption[] {
  return [
    {
      value: AUTO_SCALE,
      label: autoScale === null ? 'auto' : `auto (${timeScaleLabel(autoScale)})`,
    },
    ...FAN_OUT_TIME_SCALES.map((scale) => ({ value: String(scale), label: timeScaleLabel(scale) })),
  ];
}

/** The person's choice from the select's value: null for auto. */
export function chosenScaleOf(value: string): number | null {
  const scale = Number(value);
  return value === AUTO_SCALE || !FAN_OUT_TIME_SCALES.includes(scale) ? null : scale;
}

/** What the lab says while a live run goes: its scale, and that times stay the scenario's. */
export function liveScaleStatusText(timeScale: number): string {
  return timeScale === 1
    ? 'Live at real time.'
    : `Live at ${timeScaleLabel(timeScale)}; times are in the scenario's ms.`;
}

/**
 * The note a finished live run keeps about its scale: the problem said before it started (it
 * did not keep its timings), or the scale it ran at; null at real time with nothing to say.
 */
export function liveScaleAfterNote(plan: LiveScalePlan): string | null {
  if (plan.problem !== null) return plan.problem;
  if (plan.timeScale === 1) return null;
  const why = plan.automatic ? ' so the page kept up' : ', as chosen';
  return `Ran ${timeScaleLabel(plan.timeScale)}${why}; times are in the scenario's ms.`;
}
