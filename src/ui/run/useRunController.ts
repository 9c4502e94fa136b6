import type { LiveEnginePort } from '../liveEnginePort.ts';
import { browserFrameSource } from './frameSource.ts';
import { createRunController, type RunController } from './runController.ts';
import type { RunSnapshot } from './runSnapshot.ts';
import { useRunSession } from './useRunSession.ts';

const create = (live: LiveEnginePort | null): RunController =>
  createRunController(browserFrameSource, live);
const connect = (controller: RunController, live: LiveEnginePort | null): void =>
  controller.setLiveEngine(live);

/** The Fan-out lab's run controller for the lab's lifetime (see useRunSession). */
export function useRunController(live: LiveEnginePort | null): {
  controller: RunController;
  snapshot: RunSnapshot;
} {
  return useRunSession(create, live, connect);
}
