import type { Millis } from '../clock.ts';
import type { CallSpan, WorkSpan } from '../trace.ts';

/**
 * One client request's life. Phases: due at `intendedAtMs` (t = 0 in a closed run, its Poisson
 * arrival in an open one); waiting at the client (for one of its C slots) to `sentAtMs`, which
 * an open run never does; waiting at the server (for a free worker) to `startedAtMs`; served by `worker`
 * to `freedAtMs`, when its handler returned and the worker was freed; the response travelling
 * back to `endedAtMs`, when it arrived and the client's slot was released (same instant).
 * The worker's side (startedAtMs to freedAtMs) counts busy workers; from intendedAtMs to
 * endedAtMs is the latency (what a user waiting since the request was due sees); sentAtMs to
 * endedAtMs is what a closed-loop client like hammer.py measures (latencyFromSentMs). The virtual engine answers instantly (freedAtMs = endedAtMs); in
 * a live run the response's trip back takes real time, during which the freed worker may
 * already serve the next request.
 * Invariant: 0 <= intendedAtMs <= sentAtMs <= startedAtMs <= freedAtMs <= endedAtMs.
 */
export interface RequestSpan {
  /** The request's position in creation order (0..N-1); the client sends in this order. */
  readonly index: number;
  /** When it was due: 0 in a closed run (hammer.py creates all at once), its arrival when open. */
  readonly intendedAtMs: Millis;
  /** When the client sent it (it held one of the C client slots from then on). */
  readonly sentAtMs: Millis;
  /** When a worker took it. */
  readonly startedAtMs: Millis;
  /** When its handler returned and its worker was free for the next request (server side). */
  readonly freedAtMs: Millis;
  /** When its response arrived at the client (the client's side: latency and makespan). */
  readonly endedAtMs: Millis;
  /** The worker that served it, 0..W-1, process-major (see SlotPool). */
  readonly worker: number;
  /** The process that owns `worker`. */
  readonly process: number;
}

/**
 * An upstream call made by a request's handler. Its time in flight (`startedAtMs` to `endedAtMs`)
 * includes the call overhead (connection set-up, DNS) and any wait at the upstream.
 * Invariant: readyAtMs <= startedAtMs <= upstreamArrivedAtMs <= upstreamStartedAtMs <= endedAtMs,
 * and endedAtMs - upstreamStartedAtMs is the drawn latency (exactly for whole-ms overheads;
 * to float rounding, about 1e-12 ms, for fractional ones).
 */
export interface ServerCallSpan extends CallSpan {
  /** When the call reached the upstream (after the call overhead) and joined its queue. */
  readonly upstreamArrivedAtMs: Millis;
  /** When the upstream started serving it (later than its arrival only under `upstreamCap`). */
  readonly upstreamStartedAtMs: Millis;
}

/** Everything a server run produced. */
export interface ServerTrace {
  /** One span per request, in index order. */
  readonly requests: readonly RequestSpan[];
  /**
   * Every request's calls in request order, then call index; `request` is set and `readyAtMs`
   * is when the handler began its fan-out (after the request overhead).
   */
  readonly calls: readonly ServerCallSpan[];
  /** Local work spans (the offload model), in the order they ended. */
  readonly work: readonly WorkSpan[];
  /** The time of the last response; 0 for a run whose requests take no time. */
  readonly makespanMs: Millis;
}
