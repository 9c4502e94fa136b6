import { isPolicyActive } from '../policy/callPolicy.ts';
import type { FanOutPolicyOptions } from '../runFanOut.ts';
import type { Scenario } from '../scenario.ts';
import { hasFaults } from './faultSettings.ts';
import { createAttemptPlanner } from './planAttempt.ts';

/**
 * What runFanOut needs for a scenario's faults and policy, or undefined when the scenario has
 * neither (then every call is sent once, answers, and no copies are recorded: the plain engine).
 */
export function faultSetupOf(scenario: Scenario): FanOutPolicyOptions | undefined {
  if (!hasFaultsOrPolicy(scenario)) return undefined;
  const faults = scenario.faults;
  const policy = scenario.policy;
  return {
    policy,
    plan: createAttemptPlanner(scenario.fanOut.calls, faults, scenario.run.seed),
    seed: scenario.run.seed,
  };
}

/** Whether a scenario sets failing services or a call policy that can change a run. */
export function hasFaultsOrPolicy(scenario: Scenario): boolean {
  return hasFaults(scenario.faults) || isPolicyActive(scenario.policy);
}
