import type { WorkerState } from '../ui/workerState.ts';

/** Holds the mock service worker's state outside React, for `useSyncExternalStore`. */
export interface WorkerStatusStore {
  readonly getSnapshot: () => WorkerState;
  readonly subscribe: (onChange: () => void) => () => void;
  readonly set: (state: WorkerState) => void;
}

/**
 * The worker starts before React has rendered anything and may finish at any moment, so its state
 * lives in a tiny store that the app subscribes to, not in a component.
 */
export function createWorkerStatusStore(
  initial: WorkerState = { kind: 'starting' },
): WorkerStatusStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set: (next) => {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
