/**
 * The service worker script the page registers (public/overlapWorker.js: MSW's worker plus the
 * network engine's static route), relative to the app's base path.
 */
export const WORKER_SCRIPT = 'overlapWorker.js';
