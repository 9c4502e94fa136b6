import { isPolicyActive } from '../policy/callPolicy.ts';
import { policyForCall } from '../policy/hedgeDelayMs.ts';
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
  const calls = scenario.fanOut.calls;
  // `hedge=pNN`: each call's own delay, resolved once per run (a quantile is a bisection).
  const perCall =
    policy.hedgePercentile === null
      ? null
      : calls.map((call) => policyForCall(policy, call.latency));
  return {
    policy,
    plan: createAttemptPlanner(calls, faults, scenario.run.seed),
    seed: scenario.run.seed,
    ...(perCall === null ? {} : { policyOf: (index: number) => perCall[index] ?? policy }),
  };
}

/** Whether a scenario sets failing services or a call policy that can change a run. */
export function hasFaultsOrPolicy(scenario: Scenario): boolean {
  return hasFaults(scenario.faults) || isPolicyActive(scenario.policy);
}
