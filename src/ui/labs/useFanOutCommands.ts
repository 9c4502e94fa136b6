import type { Scenario } from '../../core/scenario.ts';
import { labRunStateOf } from '../presenter/labRunStateOf.ts';
import { useLabCommands } from '../presenter/labCommands.ts';
import type { RunController } from '../run/runController.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';
import { fanOutSummary } from './fanOutSummary.ts';

const stateOf = labRunStateOf(({ status, playback, seekable, nowMs, error }: RunSnapshot) => ({
  status,
  playback,
  seekable,
  nowMs,
  error,
}));

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
