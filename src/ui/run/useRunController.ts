import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import { browserFrameSource } from './frameSource.ts';
import { createRunController, type RunController } from './runController.ts';
import type { RunSnapshot } from './runSnapshot.ts';

/**
 * One run controller for the lab's lifetime (TanStack-style thin adapter over an external store).
 * The live engine is handed over whenever it changes, so a worker that becomes ready later is
 * picked up by the next run.
 */
export function useRunController(live: LiveEnginePort | null): {
  controller: RunController;
  snapshot: RunSnapshot;
} {
  const [controller] = useState(() => createRunController(browserFrameSource, live));
  useEffect(() => controller.setLiveEngine(live), [controller, live]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return { controller, snapshot };
}
