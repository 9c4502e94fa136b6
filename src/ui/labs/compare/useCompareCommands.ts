import type { Scenario } from '../../../core/scenario.ts';
import { labRunStateOf } from '../../presenter/labRunStateOf.ts';
import { useLabCommands } from '../../presenter/labCommands.ts';
import type { CompareController } from './compareController.ts';
import type { CompareSnapshot } from './compareSnapshot.ts';
import { compareSummary } from './compareSummary.ts';

/** The comparison's cursor: the lane running live, else the shared replay cursor. */
function cursorMs(snapshot: CompareSnapshot): number {
  if (snapshot.status === 'done') return snapshot.axisEndMs;
  const lanes =
    snapshot.liveLane === null
      ? snapshot.lanes
      : snapshot.lanes.slice(snapshot.liveLane, snapshot.liveLane + 1);
  const finite = lanes.map((lane) => lane.nowMs).filter((ms) => Number.isFinite(ms));
  return Math.max(0, ...finite);
}

// The compare controller replays to the end without pause or seek: nothing to hold.
const stateOf = labRunStateOf((snapshot: CompareSnapshot) => ({
  status: snapshot.status,
  playback: 'stopped' as const,
  seekable: false,
  nowMs: cursorMs(snapshot),
  error: snapshot.error,
}));

/** The Compare lab on the shell's command bus: run and reset (its controller has no replay). */
export function useCompareCommands(controller: CompareController, scenario: Scenario): void {
  useLabCommands({
    lab: 'compare',
    run: () => controller.start(scenario),
    reset: controller.reset,
    getState: () => stateOf(controller.getSnapshot()),
    subscribe: controller.subscribe,
    getSummary: () => compareSummary(scenario, controller.getSnapshot()),
  });
}
