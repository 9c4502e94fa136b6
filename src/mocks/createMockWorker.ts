import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createAppHandlers } from './appHandlers.ts';
import type { AppHandlerDeps } from './appHandlerDeps.ts';
import { createUpstreamHandlers } from './handlers.ts';
import { WORKER_PROBE_HEADER, WORKER_PROBE_PARAM } from './workerProbe.ts';
import { WORKER_SCRIPT } from './workerScript.ts';

/**
 * The MSW browser worker with every upstream handler and, given `app` (the live Server lab's
 * run registry), the mocked app's handler. `startBrowserWorker` imports this module
 * dynamically: one lazy entry keeps all of MSW in a single chunk, off the page's critical path.
 */
export function createMockWorker(app?: AppHandlerDeps) {
  return setupWorker(
    ...createUpstreamHandlers(),
    ...(app ? createAppHandlers(app) : []),
    // The supervisor's probe (see workerProbe.ts); any other request for the script passes on.
    http.get(`*/${WORKER_SCRIPT}`, ({ request }) =>
      new URL(request.url).searchParams.has(WORKER_PROBE_PARAM)
        ? new HttpResponse(null, { status: 204, headers: { [WORKER_PROBE_HEADER]: 'alive' } })
        : undefined,
    ),
  );
}
