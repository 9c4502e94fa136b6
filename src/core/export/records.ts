import type { RequestSpan, ServerCallSpan } from '../server/serverTrace.ts';
import type { CallSpan, WorkSpan } from '../trace.ts';

/**
 * The plain records of a run, with the CLI's field names and order (README "The command line"):
 * the CLI's JSON, the run JSON export, the trace slices' args and the HAR entries all write these,
 * so one reader serves every file.
 */
/** A record's fields: numbers (ms, indices) and strings (service, status). */
export type RunRecord = Readonly<Record<string, number | string>>;

export interface CallRecordOptions {
  /** Include a server call's upstream times (default true); the trace and HAR leave them out. */
  readonly upstream?: boolean;
}

export function callRecord(
  span: CallSpan | ServerCallSpan,
  options: CallRecordOptions = {},
): RunRecord {
  const upstream: Record<string, number> =
    options.upstream !== false && 'upstreamArrivedAtMs' in span
      ? {
          upstreamArrivedAtMs: span.upstreamArrivedAtMs,
          upstreamStartedAtMs: span.upstreamStartedAtMs,
        }
      : {};
  return {
    request: span.request,
    index: span.index,
    service: span.service,
    latencyMs: span.latencyMs,
    readyAtMs: span.readyAtMs,
    startedAtMs: span.startedAtMs,
    ...upstream,
    endedAtMs: span.endedAtMs,
    status: span.status,
  };
}

export function workRecord(span: WorkSpan): RunRecord {
  return { request: span.request, startedAtMs: span.startedAtMs, endedAtMs: span.endedAtMs };
}

export function requestRecord(request: RequestSpan): RunRecord {
  return {
    index: request.index,
    sentAtMs: request.sentAtMs,
    startedAtMs: request.startedAtMs,
    endedAtMs: request.endedAtMs,
    worker: request.worker,
    process: request.process,
  };
}
