import { requestLatencyMs } from '../server/serverStats.ts';
import { queueWaitMs } from '../stats.ts';
import { csvDocument, csvMs } from './csv.ts';
import type { CallSpan, WirePhases } from '../trace.ts';
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

/**
 * The columns a run with wire phases adds after `outcomes` (the virtual connection cap, the
 * network engine; docs/network.md): where the call's time went on the wire, summed over its
 * copies (`browser_queued_ms` is the browser's queue for a connection, not the model's
 * `queued_ms`), and the protocol of its first copy (`http/1.1`, `h2`). Empty for a call with no
 * phases (a skipped call). A run without phases keeps the columns above only.
 */
export const WIRE_CSV_HEADER = [
  'browser_queued_ms',
  'connect_ms',
  'waiting_ms',
  'download_ms',
  'protocol',
] as const;

/** A call's wire phases: its own (sent once), or its copies' (summed); null when none had any. */
function callWireOf(span: CallSpan): WirePhases | null {
  if (span.wire) return span.wire;
  const phased = copiesInOrder(span).flatMap((copy) => (copy.wire ? [copy.wire] : []));
  const first = phased[0];
  if (first === undefined) return null;
  const sum = (key: 'queuedMs' | 'connectMs' | 'waitingMs' | 'downloadMs'): number =>
    phased.reduce((total, wire) => total + wire[key], 0);
  return {
    queuedMs: sum('queuedMs'),
    connectMs: sum('connectMs'),
    waitingMs: sum('waitingMs'),
    downloadMs: sum('downloadMs'),
    protocol: first.protocol,
  };
}

export const REQUESTS_CSV_HEADER = [
  'index',
  'intended_ms',
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
  const calls = roundedRun(run).trace.calls;
  const wires = calls.map(callWireOf);
  const hasWire = wires.some((wire) => wire !== null);
  const wireCells = (wire: WirePhases | null): string[] =>
    wire === null
      ? WIRE_CSV_HEADER.map(() => '')
      : [
          ms(wire.queuedMs),
          ms(wire.connectMs),
          ms(wire.waitingMs),
          ms(wire.downloadMs),
          wire.protocol,
        ];
  return csvDocument(
    hasWire ? [...RUN_CSV_HEADER, ...WIRE_CSV_HEADER] : RUN_CSV_HEADER,
    calls.map((span, k) => [
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
      ...(hasWire ? wireCells(wires[k] ?? null) : []),
    ]),
  );
}

/**
 * One row per client request of a Server lab run (`latency_ms` is response - due, where due is
 * t = 0 in a closed run: see requestLatencyMs); null for a Fan-out run, which has one request.
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
      ms(r.intendedAtMs),
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
