import { useEffect, useMemo, useState } from 'react';
import { browserFrameSource } from '../run/frameSource.ts';
import type { RunController } from '../run/runController.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';
import type { StepTimers } from './eventStepper.ts';
import { createReplayActions, type ReplayActions } from './replayActions.ts';

const browserTimers: StepTimers = {
  setInterval: (callback, ms) => window.setInterval(callback, ms),
  clearInterval: (handle) => window.clearInterval(handle),
};

/** The replay bar's actions, and whether it is playing (animated or stepped). */
export function useReplay(
  controller: RunController,
  snapshot: RunSnapshot,
): { actions: ReplayActions; playing: boolean } {
  const [stepping, setStepping] = useState(false);
  const actions = useMemo(
    () =>
      createReplayActions(controller, {
        reducedMotion: () => browserFrameSource.reducedMotion(),
        timers: browserTimers,
        onSteppingChange: setStepping,
      }),
    [controller],
  );
  // Leaving the page ends stepped play (a new run or a reset ends it inside the actions).
  useEffect(() => () => actions.stop(), [actions]);
  return { actions, playing: stepping || snapshot.playback === 'playing' };
}
