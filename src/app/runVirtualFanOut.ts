import type { Millis } from '../core/clock.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import { predict } from '../core/predict.ts';
import { simulateFanOut } from '../core/simulate.ts';

export interface FanOutOutcome {
  /** What the virtual engine measured by running the model's code. */
  readonly makespanMs: Millis;
  /** What DESIGN.md's closed-form formula says, computed independently of the engine. */
  readonly predictedMs: Millis;
}

/**
 * Runs one request's calls on the virtual engine and puts the formula's prediction beside it.
 * The two are computed separately on purpose: agreement is evidence, not a tautology.
 */
export async function runVirtualFanOut(
  calls: readonly PlannedCall[],
  spec: ModelSpec,
): Promise<FanOutOutcome> {
  const trace = await simulateFanOut(calls, spec);
  const prediction = predict(
    calls.map((call) => call.latencyMs),
    spec,
  );
  return { makespanMs: trace.makespanMs, predictedMs: prediction.makespanMs };
}
