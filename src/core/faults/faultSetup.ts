import { isPolicyActive } from '../policy/callPolicy.ts';
import type { FanOutPolicyOptions } from '../runFanOut.ts';
import { callPolicyOf, faultSettingsOf, type Scenario } from '../scenario.ts';
import { hasFaults } from './faultSettings.ts';
import { createAttemptPlanner } from './planAttempt.ts';

/**
 * What runFanOut needs for a scenario's faults and policy, or undefined when the scenario has
 * neither (then every call is sent once, answers, and no copies are recorded: the plain engine).
 */
export function faultSetupOf(scenario: Scenario): FanOutPolicyOptions | undefined {
  const faults = faultSettingsOf(scenario);
  const policy = callPolicyOf(scenario);
  if (!hasFaults(faults) && !isPolicyActive(policy)) return undefined;
  return {
    policy,
    plan: createAttemptPlanner(scenario.calls, faults, scenario.seed),
    seed: scenario.seed,
  };
}
