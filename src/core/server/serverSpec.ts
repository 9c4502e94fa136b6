import type { Millis } from '../clock.ts';

/**
 * How the client creates its requests (DESIGN.md "Open arrivals"). `closed`: all N at t = 0,
 * at most C in flight (hammer.py). `open`: request r is due at the r-th point of a seeded
 * Poisson process of `arrivalRatePerSec` and is sent then, with no client cap.
 */
export const ARRIVAL_NAMES = ['closed', 'open'] as const;
export type ArrivalName = (typeof ARRIVAL_NAMES)[number];

/**
 * The talk's load test (DESIGN.md "Server lab"): a client (hammer.py) sends `requests` requests,
 * all created at t = 0, keeping at most `concurrency` in flight; a server with a pool of
 * identical workers serves them FIFO; each request's handler runs a fan-out model over the
 * upstream calls. The field names are the Scenario's (and, without `Ms`, the URL's).
 */
export interface ServerSpec {
  /** N: requests the client creates at t = 0. Default 20. */
  readonly requests: number;
  /** C: the most requests the client keeps in flight (a FIFO semaphore). Default 50, like hammer.py. */
  readonly concurrency: number;
  /** Worker processes. Default 1. */
  readonly processes: number;
  /**
   * Threads per process of a sync server. Default 1. A sync worker holds one request until its
   * handler returns: blocking calls, and also asyncio's `run_until_complete`, which blocks the
   * worker while the request's own event loop runs the fan-out. Ignored when `greenlets` is set.
   */
  readonly threads: number;
  /** Greenlets per process of a gevent-style server; null (the default) means sync workers. */
  readonly greenlets: number | null;
  /**
   * Calls the upstream serves at once, shared by every upstream call (the talk's wait server
   * serves 200); calls beyond it wait FIFO at the upstream. null (the default): unbounded.
   */
  readonly upstreamCap: number | null;
  /**
   * Added to every call's time in flight, before it reaches the upstream: connection set-up and
   * DNS resolution, which the ideal figures leave out. Default 0.
   */
  readonly callOverheadMs: Millis;
  /** Added to every request's service, before its fan-out begins (parsing, routing). Default 0. */
  readonly requestOverheadMs: Millis;
  /** How requests are created: `closed` (the default, hammer.py) or `open` (Poisson). */
  readonly arrival: ArrivalName;
  /**
   * The open arrivals' rate in requests per second (the URL's `arrivalRate`). Default 10. Read
   * only when `arrival` is `open`; a closed run ignores it.
   */
  readonly arrivalRatePerSec: number;
}

/** The defaults, also the Scenario's `server` part (DEFAULT_SCENARIO.server). */
export const DEFAULT_SERVER_SPEC: ServerSpec = {
  requests: 20,
  concurrency: 50,
  processes: 1,
  threads: 1,
  greenlets: null,
  upstreamCap: null,
  callOverheadMs: 0,
  requestOverheadMs: 0,
  arrival: 'closed',
  arrivalRatePerSec: 10,
};

/** Workers in each process: greenlets for a gevent-style server, threads for a sync one. */
export function workersPerProcessOf(server: ServerSpec): number {
  return server.greenlets ?? server.threads;
}

/** W: the server's workers, `processes x threads` (sync) or `processes x greenlets`. */
export function workerCountOf(server: ServerSpec): number {
  return server.processes * workersPerProcessOf(server);
}

/**
 * The requests served at once: min(W, C), and never more than there are requests. Open arrivals
 * have no client cap: min(W, N).
 */
export function servingSlotsOf(server: ServerSpec): number {
  const clientCap = server.arrival === 'open' ? Infinity : server.concurrency;
  return Math.min(workerCountOf(server), clientCap, server.requests);
}

/** A short label of the server, e.g. `2 processes x 50 greenlets` or `1 process`. */
export function serverLabelOf(server: ServerSpec): string {
  const processes = `${server.processes} process${server.processes === 1 ? '' : 'es'}`;
  if (server.greenlets !== null) return `${processes} x ${server.greenlets} greenlets`;
  return server.threads === 1 ? processes : `${processes} x ${server.threads} threads`;
}
