import type { ServerRunEvent } from '../../../../core/server/liveServerTypes.ts';
import { workersPerProcessOf, type ServerSpec } from '../../../../core/server/serverSpec.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';

/**
 * What the Server lab's timeline, request table and progress line draw: one entry per request,
 * as arrays (struct of arrays, like timeline/timelineData.ts) so that 100,000 requests cost no
 * per-frame allocation. Unknown instants are Infinity and an unknown worker is -1: a live run
 * fills them in as its events arrive, and every view clips at the cursor, so the same data serves
 * a live run and a finished run replayed at any instant.
 */
export interface ServerTimelineData {
  readonly count: number;
  /** W: the server's workers, process-major ids 0..W-1 (see core's SlotPool). */
  readonly workerCount: number;
  readonly processes: number;
  readonly workersPerProcess: number;
  /** What a worker is: a thread of a sync server or a greenlet. */
  readonly workerKind: 'thread' | 'greenlet';
  /** When each request was due: 0 in a closed run, its arrival in an open one (arrival=open). */
  readonly intendedAtMs: Float64Array;
  /** When the client sent each request (it waited at the client from its due time until then). */
  readonly sentAtMs: Float64Array;
  /** When a worker took it (it waited at the server from sentAt until then). */
  readonly startedAtMs: Float64Array;
  /**
   * When its handler returned and its worker was free (the worker lanes end here). Equal to
   * `endedAtMs` in a virtual run; earlier in a live one, by the response's trip to the client.
   */
  readonly freedAtMs: Float64Array;
  /** When its response arrived at the client (done, latency). */
  readonly endedAtMs: Float64Array;
  /** The worker that served it, or -1 while unknown. */
  readonly worker: Int32Array;
}

function shapeOf(server: ServerSpec) {
  return {
    workerCount: server.processes * workersPerProcessOf(server),
    processes: server.processes,
    workersPerProcess: workersPerProcessOf(server),
    workerKind: server.greenlets === null ? ('thread' as const) : ('greenlet' as const),
  };
}

/**
 * Data for a live run about to start: every request due at 0 (the live client is closed-loop),
 * nothing sent yet.
 */
export function pendingServerData(server: ServerSpec): ServerTimelineData {
  const n = server.requests;
  return {
    count: n,
    ...shapeOf(server),
    intendedAtMs: new Float64Array(n),
    sentAtMs: new Float64Array(n).fill(Infinity),
    startedAtMs: new Float64Array(n).fill(Infinity),
    freedAtMs: new Float64Array(n).fill(Infinity),
    endedAtMs: new Float64Array(n).fill(Infinity),
    worker: new Int32Array(n).fill(-1),
  };
}

/** Data for a finished run (virtual, or a live run's final trace). */
export function serverDataFromTrace(server: ServerSpec, trace: ServerTrace): ServerTimelineData {
  const { requests } = trace;
  return {
    count: requests.length,
    ...shapeOf(server),
    intendedAtMs: Float64Array.from(requests, (r) => r.intendedAtMs),
    sentAtMs: Float64Array.from(requests, (r) => r.sentAtMs),
    startedAtMs: Float64Array.from(requests, (r) => r.startedAtMs),
    freedAtMs: Float64Array.from(requests, (r) => r.freedAtMs),
    endedAtMs: Float64Array.from(requests, (r) => r.endedAtMs),
    worker: Int32Array.from(requests, (r) => r.worker),
  };
}

/**
 * Writes one live event into the arrays (in place: the views redraw from them). Events for a
 * request outside the run (a bug in the engine) are ignored rather than growing the arrays.
 */
export function applyServerEvent(data: ServerTimelineData, event: ServerRunEvent): void {
  const index = event.type === 'request-ended' ? event.span.index : event.index;
  if (!(index >= 0 && index < data.count)) return;
  switch (event.type) {
    case 'request-sent':
      data.sentAtMs[index] = event.atMs;
      break;
    case 'request-started':
      freeWorkerOf(data, event.worker, event.atMs);
      data.startedAtMs[index] = event.atMs;
      data.worker[index] = event.worker;
      break;
    case 'request-ended':
      data.sentAtMs[index] = event.span.sentAtMs;
      data.startedAtMs[index] = event.span.startedAtMs;
      data.freedAtMs[index] = event.span.freedAtMs;
      data.endedAtMs[index] = event.span.endedAtMs;
      data.worker[index] = event.span.worker;
      break;
  }
}

/**
 * A worker serves one request at a time and takes the next the moment its last handler returned
 * (FIFO hand-over), so when it starts a request at `atMs`, its previous request was freed by
 * then: the lane stops drawing it as served while its response is still on the way. The
 * response's `request-ended` then writes the app's exact instant. O(requests), live runs only.
 */
function freeWorkerOf(data: ServerTimelineData, worker: number, atMs: number): void {
  for (let i = 0; i < data.count; i += 1) {
    if (data.worker[i] !== worker || data.freedAtMs[i] !== Infinity) continue;
    if ((data.startedAtMs[i] as number) <= atMs) data.freedAtMs[i] = atMs;
  }
}

/** Requests whose response arrived by `nowMs`. O(requests). */
export function completedBy(data: ServerTimelineData, nowMs: number): number {
  let done = 0;
  for (let i = 0; i < data.count; i += 1) {
    const endMs = data.endedAtMs[i] as number;
    if (endMs <= nowMs && endMs < Infinity) done += 1;
  }
  return done;
}
