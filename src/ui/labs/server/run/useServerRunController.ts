import type { LiveServerPort } from '../../../liveServerPort.ts';
import { browserFrameSource } from '../../../run/frameSource.ts';
import { useRunSession } from '../../../run/useRunSession.ts';
import { createServerRunController, type ServerRunController } from './serverRunController.ts';
import type { ServerRunSnapshot } from './serverRunSnapshot.ts';

const create = (port: LiveServerPort | null): ServerRunController =>
  createServerRunController(browserFrameSource, port);
const connect = (controller: ServerRunController, port: LiveServerPort | null): void =>
  controller.setLiveServer(port);

/** The Server lab's run controller for the lab's lifetime (see run/useRunSession.ts). */
export function useServerRunController(liveServer: LiveServerPort | null): {
  controller: ServerRunController;
  snapshot: ServerRunSnapshot;
} {
  return useRunSession(create, liveServer, connect);
}
