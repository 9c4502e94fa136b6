import type { ServerRunEvent } from '../../../core/server/liveServerTypes.ts';
import { workersPerProcessOf, type ServerSpec } from '../../../core/server/serverSpec.ts';
import type { ServerTrace } from '../../../core/server/serverTrace.ts';

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
  /** When the client sent each request (it waited at the client from t = 0 until then). */
  readonly sentAtMs: Float64Array;
  /** When a worker took it (it waited at the server from sentAt until then). */
  readonly startedAtMs: Float64Array;
  /** When its response arrived. */
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

/** Data for a run about to start: every request created at 0, nothing sent yet. */
export function pendingServerData(server: ServerSpec): ServerTimelineData {
  const n = server.requests;
  return {
    count: n,
    ...shapeOf(server),
    sentAtMs: new Float64Array(n).fill(Infinity),
    startedAtMs: new Float64Array(n).fill(Infinity),
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
    sentAtMs: Float64Array.from(requests, (r) => r.sentAtMs),
    startedAtMs: Float64Array.from(requests, (r) => r.startedAtMs),
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
      data.startedAtMs[index] = event.atMs;
      data.worker[index] = event.worker;
      break;
    case 'request-ended':
      data.sentAtMs[index] = event.span.sentAtMs;
      data.startedAtMs[index] = event.span.startedAtMs;
      data.endedAtMs[index] = event.span.endedAtMs;
      data.worker[index] = event.span.worker;
      break;
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
