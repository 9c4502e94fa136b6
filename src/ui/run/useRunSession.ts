import { useEffect, useState, useSyncExternalStore } from 'react';
import { resetWhenUnmounted } from './resetWhenUnmounted.ts';

/** What the hook needs of a lab's controller: an external store that can be reset. */
export interface SessionController<S> {
  readonly getSnapshot: () => S;
  readonly subscribe: (listener: () => void) => () => void;
  readonly reset: () => void;
}

/**
 * One controller for the lab's lifetime, read through useSyncExternalStore (TanStack-style thin
 * adapter over an external store), for every lab. The live port is handed over whenever it
 * changes, so a worker that becomes ready later is picked up by the next run; leaving the lab
 * resets the controller (its run and live calls stop), but not StrictMode's remount.
 */
export function useRunSession<C extends SessionController<unknown>, P>(
  create: (port: P) => C,
  port: P,
  connect: (controller: C, port: P) => void,
): { controller: C; snapshot: ReturnType<C['getSnapshot']> } {
  const [{ controller, leave }] = useState(() => {
    const created = create(port);
    return { controller: created, leave: resetWhenUnmounted(() => created.reset()) };
  });
  useEffect(() => connect(controller, port), [connect, controller, port]);
  useEffect(leave, [leave]);
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot as () => ReturnType<C['getSnapshot']>,
  );
  return { controller, snapshot };
}
