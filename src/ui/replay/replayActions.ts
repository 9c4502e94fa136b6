import type { Millis } from '../../core/clock.ts';
import type { RunController } from '../run/runController.ts';
import { createEventStepper, type StepTimers } from './eventStepper.ts';
import { timelineEndMs } from './stateAt.ts';

export interface ReplayActionsOptions {
  /** Read at each Play: a person may switch the setting while the page is open. */
  readonly reducedMotion: () => boolean;
  readonly timers: StepTimers;
  /** Told when stepped play (reduced motion) starts or stops. */
  readonly onSteppingChange: (stepping: boolean) => void;
}

/** What the replay bar's controls do, outside React. */
export interface ReplayActions {
  /** Play (animated, or event by event with reduced motion) or pause, whichever applies. */
  togglePlay(): void;
  seek(ms: Millis): void;
  step(direction: 1 | -1): void;
  /** Changes the speed; a replay that is playing goes on at the new speed from where it is. */
  setSpeed(speed: number): void;
  /** Ends stepped play (the bar leaving the page; a new run or a reset ends it by itself). */
  stop(): void;
}

/**
 * The replay bar's behaviour over the run controller. Reduced motion changes only how Play
 * moves: the controller's play() glides the cursor, so here a timer steps it event by event.
 * Any explicit move (seek, step) ends stepped play: the person took the cursor.
 */
export function createReplayActions(
  controller: RunController,
  options: ReplayActionsOptions,
): ReplayActions {
  // While stepping: the timeline being stepped, and the controller subscription that ends the
  // stepping the moment a new run or a reset replaces it (not one interval later).
  let stepped: { data: unknown; unsubscribe: () => void } | null = null;
  const stepper = createEventStepper({
    timers: options.timers,
    onRunningChange: (running) => {
      stepped?.unsubscribe();
      stepped = null;
      if (running) {
        const data = controller.getSnapshot().data;
        const unsubscribe = controller.subscribe(() => {
          if (controller.getSnapshot().data !== data) stepper.stop();
        });
        stepped = { data, unsubscribe };
      }
      options.onSteppingChange(running);
    },
    step: () => {
      const before = controller.getSnapshot().nowMs;
      controller.step(1);
      const after = controller.getSnapshot();
      // The controller marks the end of the timeline 'stopped': nothing is left to show.
      return after.nowMs !== before && after.playback !== 'stopped';
    },
  });

  return {
    togglePlay: () => {
      const snapshot = controller.getSnapshot();
      if (!snapshot.seekable) return;
      if (stepper.isRunning()) {
        stepper.stop();
        return;
      }
      if (snapshot.playback === 'playing') {
        controller.pause();
        return;
      }
      if (!options.reducedMotion()) {
        controller.play();
        return;
      }
      // Like play(): from the end, start over; the jump to 0 is then the first step shown.
      const atEnd = snapshot.data === null || snapshot.nowMs >= timelineEndMs(snapshot.data);
      if (atEnd) controller.seek(0);
      stepper.start(!atEnd);
    },
    seek: (ms) => {
      stepper.stop();
      controller.seek(ms);
    },
    step: (direction) => {
      stepper.stop();
      controller.step(direction);
    },
    setSpeed: (speed) => {
      // The controller reads the speed when an animation begins: restart it from the cursor.
      const playing = controller.getSnapshot().playback === 'playing';
      if (playing) controller.pause();
      controller.setSpeed(speed);
      if (playing) controller.play();
    },
    stop: () => stepper.stop(),
  };
}
