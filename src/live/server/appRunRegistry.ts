import type { AppRun } from '../../core/server/appRun.ts';

/**
 * The runs the mocked app can serve, by run id. One per page: src/app makes it, gives it to the
 * mock worker (`startBrowserWorker(url, { runs })`) and to createLiveServerPort, which adds each
 * run before its first request and removes it once the run has settled or stopped. Its entries
 * are core's AppRun, the one type the app's handlers (src/mocks) read them as.
 */
export type AppRunRegistry = Map<string, AppRun>;

export function createAppRunRegistry(): AppRunRegistry {
  return new Map();
}
