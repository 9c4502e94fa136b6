import { setupWorker } from 'msw/browser';
import { createUpstreamHandlers } from './handlers.ts';

/**
 * The MSW browser worker with every upstream handler. `startBrowserWorker` imports this module
 * dynamically: one lazy entry keeps all of MSW in a single chunk, off the page's critical path.
 */
export function createMockWorker() {
  return setupWorker(...createUpstreamHandlers());
}
