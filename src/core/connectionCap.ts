import type { RunSettings } from './runSettings.ts';

/** HTTP/1.1 connections a browser opens per host (Chromium and Firefox alike). */
export const BROWSER_HTTP1_CONNECTIONS = 6;

/**
 * How many calls to one upstream origin a run's engine lets hold a connection at once (the
 * others wait FIFO in the browser's queue, src/core/connectionPool.ts), or null for no cap.
 *
 * - `h2`: null. HTTP/2 multiplexes every call on one connection; `connections` counts HTTP/1.1
 *   connections and does not apply (it is kept, so switching back to http1 keeps it).
 * - `http1` with `connections=N`: N, on every engine that models the wire (virtual, network).
 * - `http1` without `connections`: the browser's default, 6, when the run is a network run (or
 *   the virtual engine stands in for one or predicts it); null on the virtual and live engines,
 *   which model the in-page mocks: MSW answers inside the page and opens no socket, so no cap
 *   shows there (DESIGN.md, "Browser facts"). This keeps every run without these parameters
 *   exactly as it was.
 *
 * All services of a scenario live on one upstream origin (the project's server, or the mocks'
 * one origin), so the cap is one pool shared by every call of a request.
 */
export function connectionCapOf(run: RunSettings): number | null {
  if (run.protocol === 'h2') return null;
  if (run.connections !== null) return run.connections;
  return run.engine === 'network' ? BROWSER_HTTP1_CONNECTIONS : null;
}

/** The wire protocol a copy reports in WirePhases.protocol (Resource Timing's spelling). */
export function wireProtocolOf(run: RunSettings): 'http/1.1' | 'h2' {
  return run.protocol === 'h2' ? 'h2' : 'http/1.1';
}
