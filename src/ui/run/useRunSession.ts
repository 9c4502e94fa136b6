import { useEffect, useState, useSyncExternalStore } from 'react';
import { browserFrameSource, type FrameSource } from './frameSource.ts';
import { resetWhenUnmounted } from './resetWhenUnmounted.ts';
import type { SessionController } from './sessionController.ts';

/**
 * A lab's controller for the lab's lifetime, read through useSyncExternalStore (a thin adapter
 * over an external store), for every lab: `useRunSession(createRunController, live)`. The live
 * port is handed over whenever it changes, so a worker that becomes ready later is picked up by
 * the next run; leaving the lab resets the controller (its run and live calls stop), but not
 * StrictMode's remount.
 */
export function useRunSession<C extends SessionController<unknown, P>, P>(
  create: (frames: FrameSource, port: P | null) => C,
  port: P | null,
): { controller: C; snapshot: ReturnType<C['getSnapshot']> } {
  const [{ controller, leave }] = useState(() => {
    const created = create(browserFrameSource, port);
    return { controller: created, leave: resetWhenUnmounted(() => created.reset()) };
  });
  useEffect(() => controller.setLive(port), [controller, port]);
  useEffect(leave, [leave]);
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot as () => ReturnType<C['getSnapshot']>,
  );
  return { controller, snapshot };
}
