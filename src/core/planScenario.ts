import { wireModelOf } from './connectionCap.ts';
import type { WireModel } from './connectionPool.ts';
import { faultSetupOf } from './faults/faultSetup.ts';
import { predictionHolds } from './faults/predictionHolds.ts';
import { predictScenarioFaults, type FaultPrediction } from './faults/predictFaults.ts';
import type { ModelName, ModelSpec } from './modelSpec.ts';
import type { PlannedCall } from './plannedCall.ts';
import { predict, type Prediction } from './predict.ts';
import type { FanOutPolicyOptions } from './runFanOut.ts';
import type { ProtocolName } from './runSettings.ts';
import { modelSpecOf, planCalls, type Scenario } from './scenario.ts';

/** A model with the scenario's parameters, and the formulas' timeline of the planned calls. */
export interface PlannedModel {
  readonly spec: ModelSpec;
  /** The browser's connections the virtual engine runs it over; null: none modelled. */
  readonly wire: WireModel | null;
  /** Null when faults or the policy leave the timeline without a closed form (docs/faults.md). */
  readonly prediction: Prediction | null;
}

/**
 * Everything a run of a scenario needs before anything runs, decided once by the core for the
 * labs, the CLI and the exports: the drawn calls, the model, the faults and policy, and what
 * theory predicts. Invariant: every engine run of the scenario uses these calls and this setup.
 */
export interface ScenarioPlan extends PlannedModel {
  readonly planned: readonly PlannedCall[];
  /** What runFanOut needs for faults and policy; undefined when the scenario has neither. */
  readonly faults: FanOutPolicyOptions | undefined;
  /** What probability expects of the failures; null without faults or policy. */
  readonly faultPrediction: FaultPrediction | null;
  /**
   * The same calls, faults and policy under another model (the Compare lab's lanes). With
   * `protocol`, over that protocol as a network run does (the browser's connections modelled
   * even on the virtual engine: Compare by protocol runs one model over both).
   */
  readonly under: (model: ModelName, protocol?: ProtocolName) => PlannedModel;
}

/** Draws the scenario's calls (seeded) and plans its model, faults, policy and predictions. */
export function planScenario(scenario: Scenario): ScenarioPlan {
  const planned = planCalls(scenario.fanOut.calls, scenario.run.seed);
  const latenciesMs = planned.map((call) => call.latencyMs);
  // With failures the formulas' timeline no longer holds for any model (docs/faults.md).
  const holds = predictionHolds(scenario, planned);
  const under = (model: ModelName, protocol?: ProtocolName): PlannedModel => {
    const spec = modelSpecOf({ ...scenario.fanOut, model });
    const run = scenario.run;
    const wire = wireModelOf(
      protocol === undefined ? run : { ...run, engine: 'network', protocol },
    );
    return {
      spec,
      wire,
      prediction: holds ? predict(latenciesMs, spec, wire) : null,
    };
  };
  const faults = faultSetupOf(scenario);
  return {
    ...under(scenario.fanOut.model),
    planned,
    faults,
    faultPrediction: faults ? predictScenarioFaults(scenario) : null,
    under,
  };
}
