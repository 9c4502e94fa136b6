import { setupWorker } from 'msw/browser';
import { createAppHandlers } from './appHandlers.ts';
import type { AppHandlerDeps } from './appRun.ts';
import { createUpstreamHandlers } from './handlers.ts';

/**
 * The MSW browser worker with every upstream handler and, given `app` (the live Server lab's
 * run registry), the mocked app's handler. `startBrowserWorker` imports this module
 * dynamically: one lazy entry keeps all of MSW in a single chunk, off the page's critical path.
 */
export function createMockWorker(app?: AppHandlerDeps) {
  return setupWorker(...createUpstreamHandlers(), ...(app ? createAppHandlers(app) : []));
}
