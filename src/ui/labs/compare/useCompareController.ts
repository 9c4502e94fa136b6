import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveEnginePort } from '../../liveEnginePort.ts';
import { browserFrameSource } from '../../run/frameSource.ts';
import { createCompareController, type CompareController } from './compareController.ts';
import type { CompareSnapshot } from './compareSnapshot.ts';

/**
 * One compare controller for the lab's lifetime, read through useSyncExternalStore (the same
 * thin adapter as useRunController). A live engine that becomes ready later is handed over.
 */
export function useCompareController(live: LiveEnginePort | null): {
  controller: CompareController;
  snapshot: CompareSnapshot;
} {
  const [controller] = useState(() => createCompareController(browserFrameSource, live));
  useEffect(() => controller.setLiveEngine(live), [controller, live]);
  // Leaving the lab (another tab) stops a comparison in progress and its live calls.
  useEffect(() => () => controller.reset(), [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return { controller, snapshot };
}
