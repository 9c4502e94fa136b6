/**
 * The request's "give up on the other calls" switch (cancel on first failure). A plain set of
 * callbacks rather than an AbortSignal: every copy in flight subscribes, and an EventTarget with
 * thousands of listeners is slow (and Node warns past ten). Invariant: a callback subscribed
 * after `cancel()` runs at once; each runs at most once.
 */
export interface CancelScope {
  readonly cancelled: boolean;
  /** Runs `onCancel` when the scope is cancelled; returns how to stop listening. */
  subscribe(onCancel: () => void): () => void;
  cancel(): void;
}

export function createCancelScope(): CancelScope {
  let cancelled = false;
  const listeners = new Set<() => void>();
  return {
    get cancelled() {
      return cancelled;
    },
    subscribe(onCancel) {
      if (cancelled) {
        onCancel();
        return () => undefined;
      }
      listeners.add(onCancel);
      return () => listeners.delete(onCancel);
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const onCancel of [...listeners]) onCancel();
      listeners.clear();
    },
  };
}

/** What subscribing to a scope that is never cancelled returns: one function for all. */
const STOP_NOTHING = (): void => undefined;

/**
 * The scope of a run without faults, or whose policy never cancels: nothing can cancel it (only
 * a failing call under cancelOnFailure does), so one shared, allocation-free scope serves every
 * such request (runFanOut's hot path).
 */
export const NEVER_CANCELLED: CancelScope = {
  cancelled: false,
  subscribe: () => STOP_NOTHING,
  cancel: () => {
    throw new Error('This run has no call policy that cancels on failure.');
  },
};
