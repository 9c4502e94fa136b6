import { faithfulRatePerSec, type LiveScalePlan, type PageCapacity } from './liveTimeScale.ts';
import { timeScaleLabel } from './timeScaleLabel.ts';

/**
 * The sentence a lab shows above a live run at `plan`'s scale, or null at real time with nothing
 * to say. Times on screen stay in the scenario's ms whatever the scale.
 */
export function liveScaleNote(plan: LiveScalePlan, capacity: PageCapacity): string | null {
  if (plan.problem !== null) return plan.problem;
  if (plan.timeScale === 1) return null;
  const why =
    plan.timeScale < 1
      ? plan.automatic
        ? ' so the page keeps up'
        : ''
      : ' to fit the run into a few seconds';
  const rate = Math.round(faithfulRatePerSec(capacity));
  const load =
    plan.timeScale < 1 && plan.automatic
      ? ` (it answers about ${rate} mocked requests a second faithfully)`
      : '';
  return (
    `Running ${timeScaleLabel(plan.timeScale)}${why}${load}; times below are in the ` +
    "scenario's ms."
  );
}
