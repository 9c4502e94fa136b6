import type { ServerTimelineData } from '../serverTimelineData.ts';

/**
 * A request for tests: times in ms, Infinity (the default) for "not yet"; worker -1 for none.
 * `freedMs` (its worker freed) defaults to `endMs`, as in a virtual run.
 */
export interface TestRequest {
  /** When it was due (default 0, a closed run's). */
  readonly dueMs?: number;
  readonly sentMs?: number;
  readonly startMs?: number;
  readonly freedMs?: number;
  readonly endMs?: number;
  readonly worker?: number;
}

/** ServerTimelineData from a few hand-written requests (the app builds it from a trace). */
export function serverDataOf(
  requests: readonly TestRequest[],
  shape: Partial<Pick<ServerTimelineData, 'processes' | 'workersPerProcess' | 'workerKind'>> = {},
): ServerTimelineData {
  const processes = shape.processes ?? 1;
  const workersPerProcess = shape.workersPerProcess ?? 1;
  return {
    count: requests.length,
    workerCount: processes * workersPerProcess,
    processes,
    workersPerProcess,
    workerKind: shape.workerKind ?? 'thread',
    intendedAtMs: Float64Array.from(requests, (r) => r.dueMs ?? 0),
    sentAtMs: Float64Array.from(requests, (r) => r.sentMs ?? Infinity),
    startedAtMs: Float64Array.from(requests, (r) => r.startMs ?? Infinity),
    freedAtMs: Float64Array.from(requests, (r) => r.freedMs ?? r.endMs ?? Infinity),
    endedAtMs: Float64Array.from(requests, (r) => r.endMs ?? Infinity),
    worker: Int32Array.from(requests, (r) => r.worker ?? -1),
  };
}
