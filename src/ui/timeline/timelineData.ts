import type { PlannedCall } from '../../core/plannedCall.ts';
import type { Trace } from '../../core/trace.ts';

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
  /** Per call: 1 when the call was cut short (aborted). */
  readonly aborted: Uint8Array;
  /** Local work spans (offload), same conventions. */
  readonly work: Array<{ startedAtMs: number; endedAtMs: number }>;
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
  };
}
