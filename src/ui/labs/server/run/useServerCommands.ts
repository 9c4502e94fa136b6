import type { Scenario } from '../../../../core/scenario.ts';
import { labRunStateOf } from '../../../presenter/labRunStateOf.ts';
import { useLabCommands } from '../../../presenter/labCommands.ts';
import type { ServerRunController } from './serverRunController.ts';
import type { ServerRunSnapshot } from './serverRunSnapshot.ts';
import { serverSummary } from './serverSummary.ts';

// The server controller replays to the end without pause or seek: nothing to hold.
const stateOf = labRunStateOf((snapshot: ServerRunSnapshot) => ({
  status: snapshot.status,
  playback: 'stopped' as const,
  seekable: false,
  nowMs: snapshot.nowMs,
  error: snapshot.error,
}));

/** The Server lab on the shell's command bus: run and reset (its controller has no replay). */
export function useServerCommands(
  controller: ServerRunController,
  scenario: Scenario,
  run: () => void,
): void {
  useLabCommands({
    lab: 'server',
    run,
    reset: controller.reset,
    getState: () => stateOf(controller.getSnapshot()),
    subscribe: controller.subscribe,
    getSummary: () => serverSummary(scenario, controller.getSnapshot()),
  });
}
