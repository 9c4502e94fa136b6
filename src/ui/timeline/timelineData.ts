import type { PlannedCall } from '../../core/plannedCall.ts';
import type { CallSpan, Trace } from '../../core/trace.ts';
import { CopyList } from './copyList.ts';
import { CALL_CODE, COPY_CODE } from './timelineCodes.ts';
import { WireTable } from './wireTable.ts';

/**
 * What the timeline, the span table and the charts draw, as arrays (struct of arrays) so that
 * 100,000 calls cost no per-frame allocation. One entry per call, in scenario order.
 *
 * Unknown instants are `Infinity`: a call not yet sent has `startedAtMs = Infinity`, a call in
 * flight `endedAtMs = Infinity`. Views clip every span at the cursor (`nowMs`), so the same data
 * serves a live run growing as events arrive and a finished run replayed at any instant.
 */
export interface TimelineData {
  readonly count: number;
  /** Distinct services in order of first appearance; colour i belongs to serviceNames[i]. */
  readonly serviceNames: readonly string[];
  /** Per call: index into serviceNames. */
  readonly serviceIndex: Uint32Array;
  readonly latencyMs: Float64Array;
  readonly readyAtMs: Float64Array;
  readonly startedAtMs: Float64Array;
  readonly endedAtMs: Float64Array;
  /** Per call: 1 when the call was cut short (aborted); mirrors `status` (kept for its readers). */
  readonly aborted: Uint8Array;
  /** Local work spans (offload), same conventions. */
  readonly work: Array<{ startedAtMs: number; endedAtMs: number }>;
  /**
   * Per call: its CALL_CODE (timelineCodes.ts), meaningful once it ended. Absent in data made by
   * hand (tests, other labs): `aborted` then says all there is (see callStatusCode).
   */
  readonly status?: Uint8Array;
  /** Every copy sent, for runs with faults or a call policy; empty (and free) otherwise. */
  readonly copies?: CopyList;
  /**
   * Per call without copy records: where its one copy's time went on the wire (network engine,
   * connection cap); empty (and free) otherwise. Calls with copies keep theirs in `copies.wire`.
   */
  readonly wire?: WireTable;
  /** How the request itself ended, as far as known (a live run learns it from an event). */
  readonly requestOutcome?: RequestSettlement;
}

/** When the request's promise settled (Infinity while unknown) and whether it failed. */
export interface RequestSettlement {
  settledAtMs: number;
  failed: boolean;
}

/** The call's CALL_CODE, from `status` when the data has it, else from `aborted`. */
export function callStatusCode(data: TimelineData, index: number): number {
  if (data.status) return data.status[index] ?? CALL_CODE.ok;
  return data.aborted[index] === 1 ? CALL_CODE.aborted : CALL_CODE.ok;
}

/** Distinct services in order of first appearance, and each call's index into them. */
export function distinctServices(services: readonly string[]): {
  names: string[];
  index: Uint32Array;
} {
  const names: string[] = [];
  const byName = new Map<string, number>();
  const index = new Uint32Array(services.length);
  services.forEach((service, i) => {
    let k = byName.get(service);
    if (k === undefined) {
      k = names.length;
      byName.set(service, k);
      names.push(service);
    }
    index[i] = k;
  });
  return { names, index };
}

/** Data for a run about to start: every call ready at 0, nothing sent yet. */
export function pendingTimelineData(planned: readonly PlannedCall[]): TimelineData {
  const { names, index } = distinctServices(planned.map((call) => call.service));
  const n = planned.length;
  return {
    count: n,
    serviceNames: names,
    serviceIndex: index,
    latencyMs: Float64Array.from(planned, (call) => call.latencyMs),
    readyAtMs: new Float64Array(n),
    startedAtMs: new Float64Array(n).fill(Infinity),
    endedAtMs: new Float64Array(n).fill(Infinity),
    aborted: new Uint8Array(n),
    work: [],
    status: new Uint8Array(n),
    copies: new CopyList(n),
    wire: new WireTable(),
    requestOutcome: { settledAtMs: Infinity, failed: false },
  };
}

/** Data for a finished run (virtual, or a live run's final trace). */
export function timelineDataFromTrace(trace: Trace): TimelineData {
  const { names, index } = distinctServices(trace.calls.map((span) => span.service));
  return {
    count: trace.calls.length,
    serviceNames: names,
    serviceIndex: index,
    latencyMs: Float64Array.from(trace.calls, (span) => span.latencyMs),
    readyAtMs: Float64Array.from(trace.calls, (span) => span.readyAtMs),
    startedAtMs: Float64Array.from(trace.calls, (span) => span.startedAtMs),
    endedAtMs: Float64Array.from(trace.calls, (span) => span.endedAtMs),
    aborted: Uint8Array.from(trace.calls, (span) => (span.status === 'aborted' ? 1 : 0)),
    work: trace.work.map((span) => ({ startedAtMs: span.startedAtMs, endedAtMs: span.endedAtMs })),
    status: Uint8Array.from(trace.calls, (span) => CALL_CODE[span.status]),
    copies: copiesOf(trace.calls),
    wire: wireOf(trace.calls),
    requestOutcome: {
      settledAtMs: trace.outcome?.settledAtMs ?? Infinity,
      failed: trace.outcome?.status === 'failed',
    },
  };
}

/** The recorded copies of every call, each call's in attempt order (a trace lists them as they ended). */
function copiesOf(calls: readonly CallSpan[]): CopyList {
  const copies = new CopyList(calls.length);
  calls.forEach((span, i) => {
    if (!span.attempts || span.attempts.length === 0) return;
    const inOrder = [...span.attempts].sort((a, b) => a.attempt - b.attempt);
    for (const copy of inOrder) {
      const k = copies.add(
        i,
        copy.attempt,
        copy.hedge,
        copy.startedAtMs,
        copy.endedAtMs,
        COPY_CODE[copy.outcome],
      );
      if (copy.wire) copies.wire.set(k, copy.wire);
    }
  });
  return copies;
}

/** The wire phases of the calls that carry them on the span itself (one copy, no list). */
function wireOf(calls: readonly CallSpan[]): WireTable {
  const wire = new WireTable();
  calls.forEach((span, i) => {
    if (span.wire) wire.set(i, span.wire);
  });
  return wire;
}
