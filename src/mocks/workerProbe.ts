/**
 * The supervisor's liveness probe: a GET of the worker script with this query parameter. The
 * mocks answer it (204 with WORKER_PROBE_HEADER); when the worker no longer mocks for this page
 * (the browser stopped it, and it restarted without the page's MSW session), the request passes
 * through to the server, which serves the script itself: no header, and no error in the console.
 */
export const WORKER_PROBE_PARAM = 'overlap-probe';
export const WORKER_PROBE_HEADER = 'x-overlap-worker';
