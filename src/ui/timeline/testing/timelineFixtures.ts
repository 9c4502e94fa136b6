import { predict } from '../../../core/predict.ts';
import type { ModelSpec } from '../../../core/modelSpec.ts';
import type { TimelineData } from '../timelineData.ts';

export interface FixtureCall {
  readonly service: string;
  readonly readyMs?: number;
  /** Infinity (default) = not started yet. */
  readonly startMs?: number;
  /** Infinity (default) = not ended yet. */
  readonly endMs?: number;
  readonly aborted?: boolean;
}

/** TimelineData from a few hand-written calls (latency = end - start when known). */
export function dataOf(
  calls: readonly FixtureCall[],
  work: Array<{ startedAtMs: number; endedAtMs: number }> = [],
): TimelineData {
  const serviceNames: string[] = [];
  for (const call of calls)
    if (!serviceNames.includes(call.service)) serviceNames.push(call.service);
  const startsMs = calls.map((c) => c.startMs ?? Infinity);
  const endsMs = calls.map((c) => c.endMs ?? Infinity);
  return {
    count: calls.length,
    serviceNames,
    serviceIndex: Uint32Array.from(calls, (c) => serviceNames.indexOf(c.service)),
    latencyMs: Float64Array.from(calls, (_, i) => {
      const latencyMs = (endsMs[i] ?? Infinity) - (startsMs[i] ?? Infinity);
      return Number.isFinite(latencyMs) ? latencyMs : 100;
    }),
    readyAtMs: Float64Array.from(calls, (c) => c.readyMs ?? 0),
    startedAtMs: Float64Array.from(startsMs),
    endedAtMs: Float64Array.from(endsMs),
    aborted: Uint8Array.from(calls, (c) => (c.aborted ? 1 : 0)),
    work,
  };
}

/** Deterministic latencies in [10, 1000) ms (a small LCG: fixtures must not depend on Math.random). */
export function latenciesMs(count: number, seed = 7): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return 10 + Math.floor((state / 2 ** 32) * 990);
  });
}

/** A finished run of `count` calls under `spec`, as the predicted timeline (services cycle). */
export function modelData(count: number, spec: ModelSpec, services = ['session']): TimelineData {
  const latencies = latenciesMs(count);
  const { startsMs, endsMs, work } = predict(latencies, spec);
  return {
    count,
    serviceNames: services,
    serviceIndex: Uint32Array.from({ length: count }, (_, i) => i % services.length),
    latencyMs: Float64Array.from(latencies),
    readyAtMs: new Float64Array(count),
    startedAtMs: Float64Array.from(startsMs),
    endedAtMs: Float64Array.from(endsMs),
    aborted: new Uint8Array(count),
    work: work ? [{ startedAtMs: work.startedAtMs, endedAtMs: work.endedAtMs }] : [],
  };
}
