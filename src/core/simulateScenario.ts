import { faultStats, type FaultStats } from './faults/faultStats.ts';
import type { FaultPrediction } from './faults/predictFaults.ts';
import type { PlannedCall } from './plannedCall.ts';
import { planScenario } from './planScenario.ts';
import type { Prediction } from './predict.ts';
import type { Scenario } from './scenario.ts';
import { simulateFanOut, type SimulateOptions } from './simulate.ts';
import { runStats, type RunStats } from './stats.ts';
import type { Trace } from './trace.ts';

/** A virtual run of a scenario with what theory predicted for it. */
export interface ScenarioRun {
  readonly planned: readonly PlannedCall[];
  readonly trace: Trace;
  /** The formulas' timeline; null when faults or the policy leave it without a closed form. */
  readonly prediction: Prediction | null;
  readonly stats: RunStats;
  /** Failures and their cost; null for a run without faults or policy. */
  readonly faults: { readonly stats: FaultStats; readonly prediction: FaultPrediction } | null;
}

/** Draws the scenario's calls, runs its model on the virtual engine and predicts the timeline. */
export async function simulateScenario(
  scenario: Scenario,
  options: SimulateOptions = {},
): Promise<ScenarioRun> {
  const plan = planScenario(scenario);
  const { planned, faults: setup } = plan;
  const trace = await simulateFanOut(planned, plan.spec, {
    wire: plan.wire,
    ...options,
    ...(setup ? { faults: setup } : {}),
  });
  const faults = plan.faultPrediction
    ? { stats: faultStats(trace), prediction: plan.faultPrediction }
    : null;
  return { planned, trace, prediction: plan.prediction, stats: runStats(trace), faults };
}
