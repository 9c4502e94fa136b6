import type { Clock, Millis } from '../../core/clock.ts';
import type { Transport } from '../../core/runFanOut.ts';
import type { ServerRunInput } from '../../core/server/serverRunInput.ts';

/**
 * A live server run as registered with the mocked app: the structural twin of `AppRun` in
 * src/mocks/appRun.ts (src/live may not import src/mocks; tsc checks that the two agree where
 * src/app hands this registry to the app's handlers, and in liveServer.test.ts).
 */
export interface LiveAppRun {
  readonly input: ServerRunInput;
  /** The run's clock in experiment ms since its t = 0 (createExperimentClock). */
  readonly clock: Clock;
  /** Sends one upstream call (latency in experiment ms) for real (scaledUpstreamTransport). */
  readonly send: Transport;
  /** Aborted when the run stops. */
  readonly signal: AbortSignal;
  readonly onRequestStarted?: (
    request: number,
    worker: number,
    process: number,
    atMs: Millis,
  ) => void;
}

/**
 * The runs the mocked app can serve, by run id. One per page: src/app makes it, gives it to the
 * mock worker (`startBrowserWorker(url, { runs })`) and to createLiveServerPort, which adds each
 * run before its first request and removes it once the run has settled or stopped.
 */
export type AppRunRegistry = Map<string, LiveAppRun>;

export function createAppRunRegistry(): AppRunRegistry {
  return new Map();
}
