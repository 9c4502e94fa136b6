/**
 * An immutable snapshot and its listeners: the external store a controller publishes to and
 * React reads with useSyncExternalStore. Each publish makes a new snapshot (a shallow merge),
 * then tells every listener.
 */
export interface SnapshotStore<S extends object> {
  readonly getSnapshot: () => S;
  readonly subscribe: (listener: () => void) => () => void;
  /** Merges `next` into a new snapshot and notifies the listeners. */
  readonly publish: (next: Partial<S>) => void;
}

export function createSnapshotStore<S extends object>(initial: S): SnapshotStore<S> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish: (next) => {
      snapshot = { ...snapshot, ...next };
      for (const listener of listeners) listener();
    },
  };
}
