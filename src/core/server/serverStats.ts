import type { Millis } from '../clock.ts';
import type { InFlightStep } from '../stats.ts';
import type { RequestSpan, ServerCallSpan, ServerTrace } from './serverTrace.ts';

/** A half-open interval [fromMs, toMs); empty ones (toMs <= fromMs) count nowhere. */
export type IntervalMs = readonly [fromMs: Millis, toMs: Millis];

/**
 * How many intervals are open over time, as a step function with one point per instant where
 * the count changes (from `atMs` on, `inFlight` are open). Half-open intervals mean one that ends
 * at t and one that starts at t never overlap.
 */
export function countSteps(intervals: Iterable<IntervalMs>): InFlightStep[] {
  const deltas = new Map<Millis, number>();
  for (const [fromMs, toMs] of intervals) {
    if (toMs <= fromMs) continue;
    deltas.set(fromMs, (deltas.get(fromMs) ?? 0) + 1);
    deltas.set(toMs, (deltas.get(toMs) ?? 0) - 1);
  }
  const steps: InFlightStep[] = [];
  let open = 0;
  for (const atMs of [...deltas.keys()].sort((a, b) => a - b)) {
    const delta = deltas.get(atMs) ?? 0;
    if (delta === 0) continue;
    open += delta;
    steps.push({ atMs, inFlight: open });
  }
  return steps;
}

/** The highest count of a step function (0 when empty). */
export function peakOf(steps: readonly InFlightStep[]): number {
  let peak = 0;
  for (const step of steps) peak = Math.max(peak, step.inFlight);
  return peak;
}

function* mapSpans<T>(
  spans: readonly T[],
  interval: (span: T) => IntervalMs,
): Iterable<IntervalMs> {
  for (const span of spans) yield interval(span);
}

/** Requests due but not yet sent: waiting for one of the client's C slots (never when open). */
export const waitingAtClient = (requests: readonly RequestSpan[]): InFlightStep[] =>
  countSteps(mapSpans(requests, (r) => [r.intendedAtMs, r.sentAtMs]));

/** Requests sent and not yet answered: never more than C. */
export const inFlightAtClient = (requests: readonly RequestSpan[]): InFlightStep[] =>
  countSteps(mapSpans(requests, (r) => [r.sentAtMs, r.endedAtMs]));

/** Requests sent but not yet taken by a worker: the server's accept queue. */
export const waitingAtServer = (requests: readonly RequestSpan[]): InFlightStep[] =>
  countSteps(mapSpans(requests, (r) => [r.sentAtMs, r.startedAtMs]));

/**
 * Requests held by a worker, counted from the worker's side (taken to handler returned): never
 * more than W. Not to the response's arrival: in a live run a freed worker takes the next
 * request while the last response is still on its way to the client.
 */
export const busyWorkers = (requests: readonly RequestSpan[]): InFlightStep[] =>
  countSteps(mapSpans(requests, (r) => [r.startedAtMs, r.freedAtMs]));

/** Calls that reached the upstream and wait for its capacity. */
export const waitingAtUpstream = (calls: readonly ServerCallSpan[]): InFlightStep[] =>
  countSteps(mapSpans(calls, (c) => [c.upstreamArrivedAtMs, c.upstreamStartedAtMs]));

/** Calls the upstream is serving: never more than its capacity. */
export const servedByUpstream = (calls: readonly ServerCallSpan[]): InFlightStep[] =>
  countSteps(mapSpans(calls, (c) => [c.upstreamStartedAtMs, c.endedAtMs]));

/** From `atMs` on, `completed` requests have had their response. */
export interface CompletedStep {
  readonly atMs: Millis;
  readonly completed: number;
}

/** Requests completed over time, one point per instant a response arrived: the throughput curve. */
export function completedSteps(requests: readonly RequestSpan[]): CompletedStep[] {
  const ends = requests.map((r) => r.endedAtMs).sort((a, b) => a - b);
  const steps: CompletedStep[] = [];
  ends.forEach((atMs, i) => {
    const step = { atMs, completed: i + 1 };
    if (steps[steps.length - 1]?.atMs === atMs) steps[steps.length - 1] = step;
    else steps.push(step);
  });
  return steps;
}

/**
 * A request's latency (DESIGN.md "Open arrivals"): from when it was due to its response, in
 * both arrival modes (a closed run's requests are all due at t = 0). This is what the person
 * behind the request waits, including any wait at the client for a free slot.
 */
export const requestLatencyMs = (request: RequestSpan): Millis =>
  request.endedAtMs - request.intendedAtMs;

/**
 * What a closed-loop client like hammer.py measures: from sending the request to its response.
 * It leaves out the wait for a client slot, the part of the latency a closed loop hides
 * (coordinated omission). Equal to requestLatencyMs in an open run (sent when due).
 */
export const requestLatencyFromSentMs = (request: RequestSpan): Millis =>
  request.endedAtMs - request.sentAtMs;

/** Nearest-rank percentiles of some latencies. */
export interface LatencyPercentiles {
  readonly min: Millis;
  readonly p50: Millis;
  readonly p95: Millis;
  readonly p99: Millis;
  readonly max: Millis;
}

/** The summary percentiles of `latencies` (sorted here; NaN for none). */
export function latencyPercentiles(latencies: readonly Millis[]): LatencyPercentiles {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? NaN,
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * The p-th percentile (0 < p <= 100) by the nearest-rank method: the smallest value such that
 * at least p% of the values are at or below it, i.e. sorted[ceil(p / 100 x n) - 1]. It is always
 * one of the values (no interpolation), so p100 is the maximum. NaN for no values.
 */
export function nearestRank(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[Math.min(rank, sortedAscending.length) - 1] as number;
}

/** The summary of a server run the Server lab and the CLI print. */
export interface ServerStats {
  readonly requestCount: number;
  readonly makespanMs: Millis;
  /** Requests per second over the whole run (N / makespan); null when the run took no time. */
  readonly throughputPerSec: number | null;
  /** Latencies from when each request was due (requestLatencyMs), nearest-rank percentiles. */
  readonly latencyMs: LatencyPercentiles;
  /** Latencies from when each was sent (requestLatencyFromSentMs): what hammer.py reports. */
  readonly latencyFromSentMs: LatencyPercentiles;
  readonly peakInFlightAtClient: number;
  readonly peakWaitingAtServer: number;
  readonly peakBusyWorkers: number;
  readonly peakWaitingAtUpstream: number;
  readonly peakServedByUpstream: number;
}

export function serverStats(trace: ServerTrace): ServerStats {
  return {
    requestCount: trace.requests.length,
    makespanMs: trace.makespanMs,
    throughputPerSec:
      trace.makespanMs > 0 ? (trace.requests.length * 1000) / trace.makespanMs : null,
    latencyMs: latencyPercentiles(trace.requests.map(requestLatencyMs)),
    latencyFromSentMs: latencyPercentiles(trace.requests.map(requestLatencyFromSentMs)),
    peakInFlightAtClient: peakOf(inFlightAtClient(trace.requests)),
    peakWaitingAtServer: peakOf(waitingAtServer(trace.requests)),
    peakBusyWorkers: peakOf(busyWorkers(trace.requests)),
    peakWaitingAtUpstream: peakOf(waitingAtUpstream(trace.calls)),
    peakServedByUpstream: peakOf(servedByUpstream(trace.calls)),
  };
}
