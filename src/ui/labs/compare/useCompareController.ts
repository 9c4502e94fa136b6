import type { LiveEnginePort } from '../../liveEnginePort.ts';
import { browserFrameSource } from '../../run/frameSource.ts';
import { useRunSession } from '../../run/useRunSession.ts';
import { createCompareController, type CompareController } from './compareController.ts';
import type { CompareSnapshot } from './compareSnapshot.ts';

const create = (live: LiveEnginePort | null): CompareController =>
  createCompareController(browserFrameSource, live);
const connect = (controller: CompareController, live: LiveEnginePort | null): void =>
  controller.setLiveEngine(live);

/** The Compare lab's controller for the lab's lifetime (see run/useRunSession.ts). */
export function useCompareController(live: LiveEnginePort | null): {
  controller: CompareController;
  snapshot: CompareSnapshot;
} {
  return useRunSession(create, live, connect);
}
