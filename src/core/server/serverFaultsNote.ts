import { hasFaultsOrPolicy } from '../faults/faultSetup.ts';
import type { Scenario } from '../scenario.ts';

/**
 * What the Server lab says when a link also sets failing services or a call policy: its load
 * test replays the talk without them (docs/faults.md). One text, shown by the app beside the
 * controls and printed by the CLI, so the two never drift apart.
 */
export const SERVER_FAULTS_NOTE =
  "This scenario also sets failing services or a call policy. The Server lab replays the talk's " +
  'load test without them; they apply in the Fan-out and Compare labs.';

/** The note for a scenario, or null when it sets nothing the Server lab leaves out. */
export function serverFaultsNote(scenario: Scenario): string | null {
  return hasFaultsOrPolicy(scenario) ? SERVER_FAULTS_NOTE : null;
}
