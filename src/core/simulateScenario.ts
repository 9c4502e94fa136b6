import { faultSetupOf } from './faults/faultSetup.ts';
import { faultStats, type FaultStats } from './faults/faultStats.ts';
import { predictionHolds } from './faults/predictionHolds.ts';
import { predictScenarioFaults, type FaultPrediction } from './faults/predictFaults.ts';
import type { PlannedCall } from './plannedCall.ts';
import { predict, type Prediction } from './predict.ts';
import { modelSpecOf, planCalls, type Scenario } from './scenario.ts';
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
  const planned = planCalls(scenario.calls, scenario.seed);
  const spec = modelSpecOf(scenario);
  const setup = faultSetupOf(scenario);
  const trace = await simulateFanOut(planned, spec, {
    ...options,
    ...(setup ? { faults: setup } : {}),
  });
  const prediction = predictionHolds(scenario, planned)
    ? predict(
        planned.map((call) => call.latencyMs),
        spec,
      )
    : null;
  const faults = setup
    ? {
        stats: faultStats(trace),
        prediction: predictScenarioFaults(scenario),
      }
    : null;
  return { planned, trace, prediction, stats: runStats(trace), faults };
}
