import { timeScaleLabel } from '../../../core/live/timeScaleLabel.ts';

/**
 * The notice of a live comparison in progress. It says why the models take turns: calls of two
 * models at once would share the main thread that answers them, and disturb each other's timings;
 * and, when slowed down, the one scale every model runs at (times stay the scenario's ms).
 */
export function liveProgressText(liveLane: number, modelCount: number, timeScale = 1): string {
  const scale =
    timeScale === 1 ? '' : ` All at ${timeScaleLabel(timeScale)}; times are in the scenario's ms.`;
  return (
    `Live: running model ${liveLane + 1} of ${modelCount}, one after another so they ` +
    `don't disturb each other's timings.${scale}`
  );
}
