import { attemptsOf } from '../faults/faultStats.ts';
import type { FaultKind, PlannedCall } from '../plannedCall.ts';
import { FAULT_STATUS } from '../upstreamRequest.ts';
import type { RequestSpan, ServerCallSpan } from '../server/serverTrace.ts';
import type {
  AttemptOutcome,
  AttemptSpan,
  CallSpan,
  RequestOutcome,
  WirePhases,
  WorkSpan,
} from '../trace.ts';

/**
 * The plain records of a run, with the CLI's field names and order (README "The command line"):
 * the CLI's JSON, the run JSON export, the trace slices' args and the HAR entries all write these,
 * so one reader serves every file.
 */
/** A record's fields: numbers (ms, indices) and strings (service, status). */
export type RunRecord = Readonly<Record<string, number | string>>;

/** One copy of a call sent over the wire (a first send, a retry or a hedge). */
export interface CopyRecord {
  readonly attempt: number;
  readonly hedge: boolean;
  /** What the service was asked to take (its drawn latency, or the hang time). */
  readonly latencyMs: number;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  readonly outcome: AttemptOutcome;
  /** Only for a 429 (`busy`): the wait its Retry-After asked for, in ms. */
  readonly retryAfterMs?: number;
  /** Where the copy's time went on the wire, when the engine knew (trace.ts WirePhases). */
  readonly wire?: WirePhases;
}

/**
 * A call's record: its span's fields, `copies` when the run recorded them (faults, policy), and
 * `wire` (its WirePhases) when the engine knew them for a call sent once.
 */
export type CallRecord = Readonly<
  Record<string, number | string | readonly CopyRecord[] | WirePhases>
>;

/** The phases as records write them: the trace's fields, in the trace's order. */
export function wireRecord(wire: WirePhases): WirePhases {
  return {
    queuedMs: wire.queuedMs,
    connectMs: wire.connectMs,
    waitingMs: wire.waitingMs,
    downloadMs: wire.downloadMs,
    protocol: wire.protocol,
  };
}

export interface CallRecordOptions {
  /** Include a server call's upstream times (default true); the trace and HAR leave them out. */
  readonly upstream?: boolean;
  /** Include `copies` when the span has them (default true); the trace's slices show them instead. */
  readonly copies?: boolean;
}

/**
 * A call's copies in the order they were sent (by copy number): the trace lists a hedged call's
 * copies as they ended, so the hedge that answered first comes before the copy it hedged.
 */
export function copiesInOrder(span: CallSpan | ServerCallSpan): AttemptSpan[] {
  return [...attemptsOf(span)].sort((a, b) => a.attempt - b.attempt);
}

export function copyRecord(copy: AttemptSpan): CopyRecord {
  return {
    attempt: copy.attempt,
    hedge: copy.hedge,
    latencyMs: copy.latencyMs,
    startedAtMs: copy.startedAtMs,
    endedAtMs: copy.endedAtMs,
    outcome: copy.outcome,
    ...(copy.retryAfterMs === undefined ? {} : { retryAfterMs: copy.retryAfterMs }),
    ...(copy.wire ? { wire: wireRecord(copy.wire) } : {}),
  };
}

export function callRecord(
  span: CallSpan | ServerCallSpan,
  options: CallRecordOptions = {},
): CallRecord {
  const upstream: Record<string, number> =
    options.upstream !== false && 'upstreamArrivedAtMs' in span
      ? {
          upstreamArrivedAtMs: span.upstreamArrivedAtMs,
          upstreamStartedAtMs: span.upstreamStartedAtMs,
        }
      : {};
  const copies: Record<string, readonly CopyRecord[]> =
    options.copies !== false && span.attempts
      ? { copies: copiesInOrder(span).map(copyRecord) }
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
    ...('wire' in span && span.wire ? { wire: wireRecord(span.wire) } : {}),
    ...copies,
  };
}

export function workRecord(span: WorkSpan): RunRecord {
  return { request: span.request, startedAtMs: span.startedAtMs, endedAtMs: span.endedAtMs };
}

export function requestRecord(request: RequestSpan): RunRecord {
  return {
    index: request.index,
    intendedAtMs: request.intendedAtMs,
    sentAtMs: request.sentAtMs,
    startedAtMs: request.startedAtMs,
    freedAtMs: request.freedAtMs,
    endedAtMs: request.endedAtMs,
    worker: request.worker,
    process: request.process,
  };
}

/** How the request ended, as the JSON writes it (null when the trace does not say). */
export function outcomeRecord(outcome: RequestOutcome | undefined): RequestOutcome | null {
  return outcome
    ? {
        status: outcome.status,
        settledAtMs: outcome.settledAtMs,
        failedCall: outcome.failedCall,
      }
    : null;
}

/**
 * The HTTP status a copy got: 200, 500 (error), 504 (hung: the proxy gave up), 429 (busy), or 0
 * for a copy the client aborted (timeout, cancelled, aborted), as browsers record an aborted fetch.
 */
export function httpStatusOf(outcome: AttemptOutcome): number {
  if (outcome === 'ok') return 200;
  const fault = faultShownBy(outcome);
  return fault === null ? 0 : FAULT_STATUS[fault];
}

/** The reason phrase of httpStatusOf's codes ('' for 0: no response). */
export function httpStatusText(status: number): string {
  switch (status) {
    case 200:
      return 'OK';
    case 500:
      return 'Internal Server Error';
    case 504:
      return 'Gateway Timeout';
    case 429:
      return 'Too Many Requests';
    default:
      return '';
  }
}

/** The fault a copy's outcome shows (null: it answered ok, or its answer never came). */
export function faultShownBy(outcome: AttemptOutcome): FaultKind | null {
  switch (outcome) {
    case 'error':
      return 'error';
    case 'hung':
      return 'hang';
    case 'busy':
      return 'busy';
    default:
      return null;
  }
}

/**
 * The copy as the transport planned it (what the live engine put in its URL): the call with the
 * copy's number, latency and fault. The fault comes from the outcome when it shows one; a copy
 * whose answer never came (timeout, cancelled) takes it from `plannedFault`, when known.
 */
export function plannedCopy(
  span: CallSpan,
  copy: AttemptSpan,
  plannedFault: FaultKind | null = null,
): PlannedCall {
  const fault = faultShownBy(copy.outcome) ?? (copy.outcome === 'ok' ? null : plannedFault);
  const retryAfterS =
    copy.retryAfterMs === undefined ? undefined : Math.round(copy.retryAfterMs / 1000);
  return {
    request: span.request,
    index: span.index,
    service: span.service,
    latencyMs: copy.latencyMs,
    attempt: copy.attempt,
    ...(fault === null ? {} : { fault }),
    ...(fault === 'busy' && retryAfterS !== undefined ? { retryAfterS } : {}),
  };
}

/** How a copy reads in one word or two: `ok`, `error 500`, `hung 504`, `busy 429`, `timeout`. */
export function copyOutcomeLabel(outcome: AttemptOutcome): string {
  const status = httpStatusOf(outcome);
  return status === 0 || status === 200 ? outcome : `${outcome} ${status}`;
}
