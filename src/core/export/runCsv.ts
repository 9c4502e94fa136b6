import { requestLatencyMs } from '../server/serverStats.ts';
import { queueWaitMs } from '../stats.ts';
import { csvDocument, csvMs } from './csv.ts';
import { copiesInOrder } from './records.ts';
import { serverTraceOf, type ExportableRun } from './exportableRun.ts';
import { roundedRun, timeStepMsOf } from './roundTimes.ts';

/**
 * The columns of the calls CSV. They extend the span table's "Copy as CSV" (spanCsv.ts) with the
 * request, and keep its `_ms` names; `index` is the trace's 0-based index (the JSON's), not the
 * table's 1-based call number, and `status` the trace's (`ok`, `failed`, `timeout`, `cancelled`,
 * `skipped`, `aborted`). `copies` counts the copies sent (first send, retries, hedges; 0 for a
 * skipped call) and `outcomes` lists them in order, separated by `;` (a hedge copy marked
 * `hedge:`), e.g. `error;ok`. A run without faults or call policy sent each call once: `1`, its
 * status (`ok`, or `aborted` for a call a stopped run cut short).
 */
export const RUN_CSV_HEADER = [
  'request',
  'index',
  'service',
  'latency_ms',
  'ready_ms',
  'start_ms',
  'end_ms',
  'queued_ms',
  'in_flight_ms',
  'status',
  'copies',
  'outcomes',
] as const;

export const REQUESTS_CSV_HEADER = [
  'index',
  'sent_ms',
  'started_ms',
  'freed_ms',
  'ended_ms',
  'worker',
  'process',
  'latency_ms',
] as const;

/**
 * One row per call (every request's calls, in request order), times in ms from the run's start,
 * rounded to the run's step (roundTimes.ts): `queued_ms` and `in_flight_ms` are differences of
 * the rounded times, so each row adds up.
 */
export function runCsv(run: ExportableRun): string {
  const stepMs = timeStepMsOf(run);
  const ms = (value: number): string => csvMs(value, stepMs);
  return csvDocument(
    RUN_CSV_HEADER,
    roundedRun(run).trace.calls.map((span) => [
      String(span.request),
      String(span.index),
      span.service,
      ms(span.latencyMs),
      ms(span.readyAtMs),
      ms(span.startedAtMs),
      ms(span.endedAtMs),
      ms(queueWaitMs(span)),
      ms(span.endedAtMs - span.startedAtMs),
      span.status,
      String(copiesInOrder(span).length),
      copiesInOrder(span)
        .map((copy) => (copy.hedge ? `hedge:${copy.outcome}` : copy.outcome))
        .join(';'),
    ]),
  );
}

/**
 * One row per client request of a Server lab run (`latency_ms` is what the client measured:
 * response - sent); null for a Fan-out run, which has one implicit request.
 */
export function requestsCsv(run: ExportableRun): string | null {
  const server = serverTraceOf(roundedRun(run));
  if (!server) return null;
  const stepMs = timeStepMsOf(run);
  const ms = (value: number): string => csvMs(value, stepMs);
  return csvDocument(
    REQUESTS_CSV_HEADER,
    server.requests.map((r) => [
      String(r.index),
      ms(r.sentAtMs),
      ms(r.startedAtMs),
      ms(r.freedAtMs),
      ms(r.endedAtMs),
      String(r.worker),
      String(r.process),
      ms(requestLatencyMs(r)),
    ]),
  );
}
