import { useEffect, useState, useSyncExternalStore } from 'react';
import { browserFrameSource, type FrameSource } from './frameSource.ts';
import { leaveWhenGone } from './leaveWhenGone.ts';
import type { SessionController } from './sessionController.ts';

/**
 * A lab's controller for the lab's lifetime, read through useSyncExternalStore (a thin adapter
 * over an external store), for every lab: `useRunSession(createRunController, live)`. The live
 * port is handed over whenever it changes, so a worker that becomes ready later is picked up by
 * the next run. The controller lives as long as the component's state: LabShell keeps a visited
 * lab mounted in a hidden <Activity> while another lab shows, so its last run is still there on
 * return. Hiding cleans up the effects: the subscription (a hidden lab does not re-render on its
 * run's frames) and the stay, whose end stops a live run (SessionController.leave), but not
 * StrictMode's remount.
 */
export function useRunSession<C extends SessionController<unknown, P>, P>(
  create: (frames: FrameSource, port: P | null) => C,
  port: P | null,
): { controller: C; snapshot: ReturnType<C['getSnapshot']> } {
  const [{ controller, stay }] = useState(() => {
    const created = create(browserFrameSource, port);
    return { controller: created, stay: leaveWhenGone(() => created.leave()) };
  });
  useEffect(() => controller.setLive(port), [controller, port]);
  useEffect(stay, [stay]);
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot as () => ReturnType<C['getSnapshot']>,
  );
  return { controller, snapshot };
}
