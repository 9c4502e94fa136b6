import type { PlannedCall } from '../plannedCall.ts';
import type { Scenario } from '../scenario.ts';
import { isHedged } from '../policy/hedgeDelayMs.ts';
import { hasFaults } from './faultSettings.ts';

/**
 * Whether DESIGN.md's closed-form timeline (predict.ts) still describes a run: no service
 * fails, no call is hedged, and no timeout is shorter than a drawn latency. Retries,
 * allSettled and cancelling change nothing when nothing fails.
 */
export function predictionHolds(scenario: Scenario, planned: readonly PlannedCall[]): boolean {
  const policy = scenario.policy;
  if (hasFaults(scenario.faults) || isHedged(policy)) return false;
  const timeoutMs = policy.timeoutMs;
  return timeoutMs === null || planned.every((call) => call.latencyMs <= timeoutMs);
}
