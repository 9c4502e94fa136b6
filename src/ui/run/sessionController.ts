/**
 * What every lab's run controller offers React, the presenter and its tests: an external store
 * (a snapshot and a subscription), a reset, and the live port its next runs use. Each controller
 * adds only what its lab does (start, replay controls, the Talk rows).
 */
export interface SessionController<S, P> {
  readonly getSnapshot: () => S;
  readonly subscribe: (listener: () => void) => () => void;
  /** Stops the run in progress (aborting every live call in flight) and clears the results. */
  readonly reset: () => void;
  /**
   * Its lab was left (another lab shown, or the page's labs unmounted): a live run in progress
   * stops and the snapshot says so; a virtual or finished run stays, to be found on return.
   */
  readonly leave: () => void;
  /** The live port for the next runs (null: live runs unavailable). */
  readonly setLive: (port: P | null) => void;
}
