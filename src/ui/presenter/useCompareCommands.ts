import type { Scenario } from '../../core/scenario.ts';
import type { CompareController } from '../labs/compare/compareController.ts';
import type { CompareSnapshot } from '../labs/compare/compareSnapshot.ts';
import type { LabRunState } from './labCommandBus.ts';
import { useLabCommands } from './labCommands.ts';
import { compareSummary } from './runSummary.ts';

const states = new WeakMap<CompareSnapshot, LabRunState>();

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

function stateOf(snapshot: CompareSnapshot): LabRunState {
  let state = states.get(snapshot);
  if (state === undefined) {
    // The compare controller replays to the end without pause or seek: nothing to hold.
    state = {
      status: snapshot.status,
      playback: 'stopped',
      seekable: false,
      nowMs: cursorMs(snapshot),
      error: snapshot.error,
    };
    states.set(snapshot, state);
  }
  return state;
}

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
