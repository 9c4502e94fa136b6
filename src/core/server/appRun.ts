import type { Clock, Millis } from '../clock.ts';
import type { Transport } from '../runFanOut.ts';
import type { ServerRunInput } from './serverRunInput.ts';

/**
 * A live Server lab run as the mocked app sees it, registered by the load-test client
 * (src/live/server) under its run id before the run's first request is sent, and removed once
 * the run has settled or stopped. The app (src/mocks) owns the server's state (its workers and
 * the upstream's queue, built from `input`); the client supplies what only it can: the run's
 * clock, the real upstream transport, and the signal that stops the run. Both sides meet here,
 * in core, because src/live and src/mocks may not import each other; src/app wires them.
 */
export interface AppRun {
  /** The load test: the server (W, overheads, upstream capacity), handler model, calls, seed. */
  readonly input: ServerRunInput;
  /**
   * The run's clock, in experiment ms since its t = 0: sleeps are scaled by the run's time scale
   * and end when the run stops. Every time the app reports is read from it.
   */
  readonly clock: Clock;
  /**
   * Sends one upstream call for real (its latency in experiment ms) and resolves when its
   * response is in; rejects with the signal's reason when the run stops.
   */
  readonly send: Transport;
  /** Aborted when the run stops: every wait and fetch of its requests ends with it. */
  readonly signal: AbortSignal;
  /**
   * Told the moment a worker takes a request (the server's access log), so the lab can draw the
   * request on its worker's lane before the response tells the client which worker it was.
   */
  readonly onRequestStarted?: (
    request: number,
    worker: number,
    process: number,
    atMs: Millis,
  ) => void;
}

/** Where the app looks a run up by its run id; a `Map<string, AppRun>` is one. */
export interface AppRunLookup {
  get(runId: string): AppRun | undefined;
}
