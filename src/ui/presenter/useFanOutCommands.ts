import type { Scenario } from '../../core/scenario.ts';
import type { RunController } from '../run/runController.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';
import type { LabRunState } from './labCommandBus.ts';
import { useLabCommands } from './labCommands.ts';
import { fanOutSummary } from './runSummary.ts';

// One state object per snapshot: readers may compare states by identity.
const states = new WeakMap<RunSnapshot, LabRunState>();

function stateOf(snapshot: RunSnapshot): LabRunState {
  let state = states.get(snapshot);
  if (state === undefined) {
    const { status, playback, seekable, nowMs, error } = snapshot;
    state = { status, playback, seekable, nowMs, error };
    states.set(snapshot, state);
  }
  return state;
}

/**
 * The Fan-out lab on the shell's command bus: every command its run controller has. `begin`
 * records the run's start for the exports, as the Run button does.
 */
export function useFanOutCommands(
  controller: RunController,
  scenario: Scenario,
  begin: (scenario: Scenario) => void,
): void {
  useLabCommands({
    lab: 'fanout',
    run: () => {
      begin(scenario);
      controller.start(scenario);
    },
    reset: controller.reset,
    pause: controller.pause,
    play: controller.play,
    step: controller.step,
    seek: controller.seek,
    getState: () => stateOf(controller.getSnapshot()),
    subscribe: controller.subscribe,
    getSummary: () => fanOutSummary(scenario, controller.getSnapshot()),
  });
}
