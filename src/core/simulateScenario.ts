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
  readonly prediction: Prediction;
  readonly stats: RunStats;
}

/** Draws the scenario's calls, runs its model on the virtual engine and predicts the timeline. */
export async function simulateScenario(
  scenario: Scenario,
  options: SimulateOptions = {},
): Promise<ScenarioRun> {
  const planned = planCalls(scenario.calls, scenario.seed);
  const spec = modelSpecOf(scenario);
  const trace = await simulateFanOut(planned, spec, options);
  const prediction = predict(
    planned.map((call) => call.latencyMs),
    spec,
  );
  return { planned, trace, prediction, stats: runStats(trace) };
}
