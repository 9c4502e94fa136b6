import type { AppRunLookup } from '../core/server/appRun.ts';

/**
 * What createAppHandlers needs from outside src/mocks: the live runs it can serve, by run id.
 * src/mocks may not import src/live, so src/app hands in the registry src/live fills.
 */
export interface AppHandlerDeps {
  readonly runs: AppRunLookup;
}
