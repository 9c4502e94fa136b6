import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveServerPort } from '../../liveServerPort.ts';
import { browserFrameSource } from '../../run/frameSource.ts';
import { createServerRunController, type ServerRunController } from './serverRunController.ts';
import type { ServerRunSnapshot } from './serverRunSnapshot.ts';

/**
 * One server run controller for the lab's lifetime, read through useSyncExternalStore (the thin
 * adapter of run/useRunController.ts). A live engine that arrives later is handed over, and
 * leaving the lab stops a run in progress with its live requests.
 */
export function useServerRunController(liveServer: LiveServerPort | null): {
  controller: ServerRunController;
  snapshot: ServerRunSnapshot;
} {
  const [controller] = useState(() => createServerRunController(browserFrameSource, liveServer));
  useEffect(() => controller.setLiveServer(liveServer), [controller, liveServer]);
  useEffect(() => () => controller.reset(), [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return { controller, snapshot };
}
