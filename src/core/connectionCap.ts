import type { WireModel } from './connectionPool.ts';
import type { RunSettings } from './runSettings.ts';

/** HTTP/1.1 connections a browser opens per host (Chromium and Firefox alike). */
export const BROWSER_HTTP1_CONNECTIONS = 6;

/**
 * How the virtual engine models the wire of a run, or null when it does not (no pool, no
 * WirePhases): docs/network.md, "Virtual connection cap".
 *
 * - It models the wire on a network run (`engine=network`: the virtual engine then stands in for
 *   it or predicts it) and on the virtual engine whenever `connections`, `setup` or
 *   `connection=close` is written; never on the live engine. A plain virtual or live run
 *   models the in-page mocks: MSW answers inside the page and opens no socket, so no cap shows
 *   there (DESIGN.md, "Browser facts"); every run without these parameters stays as it was.
 * - `h2`: no cap. HTTP/2 multiplexes every call on one connection; `connections` counts HTTP/1.1
 *   connections and does not apply (it is kept, so switching back to http1 keeps it).
 * - `http1`: `connections`, or the browser's default, 6, on a network run (none otherwise); a
 *   new connection costs `setup` ms, and `connection=close` makes every call open one.
 * - `h2` keeps its one connection (HTTP/2 has no Connection: close): set up once.
 *
 * All services of a scenario live on one upstream origin (the project's server answers every
 * service under one host and port; the mocks, likewise), so the cap is one pool shared by every
 * call of a request. The Server lab's calls are made by a server, not a browser: never capped.
 */
export function wireModelOf(run: RunSettings): WireModel | null {
  // The live engine's MSW answers inside the page: no socket, so nothing to model, and its
  // prediction must not promise a queue its run cannot show.
  if (run.engine === 'live') return null;
  const network = run.engine === 'network';
  const asked = run.connections !== null || run.setupMs > 0 || run.connection === 'close';
  if (!network && !asked) return null;
  const { setupMs } = run;
  if (run.protocol === 'h2') {
    return { connections: null, protocol: 'h2', setupMs, keepAlive: true };
  }
  return {
    connections: run.connections ?? (network ? BROWSER_HTTP1_CONNECTIONS : null),
    protocol: 'http/1.1',
    setupMs,
    keepAlive: run.connection === 'keep-alive',
  };
}

/** How many calls to the upstream may hold a connection at once on the run, or null for no cap. */
export function connectionCapOf(run: RunSettings): number | null {
  return wireModelOf(run)?.connections ?? null;
}
