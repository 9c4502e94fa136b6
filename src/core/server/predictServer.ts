import type { Millis } from '../clock.ts';
import { OVERHEAD_DECIMAL_PLACES } from '../limits.ts';
import { MinHeap } from '../minHeap.ts';
import type { ModelSpec } from '../modelSpec.ts';
import { predict } from '../predict.ts';
import { formatDecimal } from '../numberParam.ts';
import { planCalls } from '../scenario.ts';
import { arrivalTimesMs } from './arrivalTimes.ts';
import type { ServerRunInput } from './serverRunInput.ts';
import { servingSlotsOf, workerCountOf } from './serverSpec.ts';

/** What theory says of a server run, computed without the engine. */
export interface ServerPrediction {
  /** The time of the last response (a lower bound when `isLowerBound`). */
  readonly makespanMs: Millis;
  /**
   * `closed-form`: every request has the same service time S, and the makespan is
   * ceil(N / min(W, C)) x S. `list-scheduling`: service times differ, or requests arrive over
   * time (arrival=open), and each request (in index order) takes the earliest free of the slots
   * once it has arrived (Lindley's recursion for FIFO over several servers).
   */
  readonly method: 'closed-form' | 'list-scheduling';
  /** The formula with its numbers, e.g. `ceil(20 / min(4, 50)) x 1250 ms = 6250 ms`. */
  readonly formula: string;
  /** Requests served at once: min(W, C, N). */
  readonly slots: number;
  /** Each request's service time: request overhead + its fan-out with the call overheads. */
  readonly serviceMs: readonly Millis[];
  /** Predicted instant a worker takes each request, and of its response. */
  readonly startedAtMs: readonly Millis[];
  readonly endedAtMs: readonly Millis[];
  /**
   * The most upstream calls that could be in flight at once: slots x the handler's most calls in
   * flight per request (1 for sequential, the pool or batch size, every call for promise-all).
   */
  readonly maxCallsInFlight: number;
  /** True when `maxCallsInFlight` exceeds the upstream's capacity, so calls may queue there. */
  readonly upstreamMayBind: boolean;
  /**
   * True when the upstream may bind: its queue can only delay calls, so the run takes at least
   * `makespanMs`, and the figure is not exact.
   */
  readonly isLowerBound: boolean;
}

/**
 * The most calls one request's handler can have in flight at once, whatever the latencies: the
 * bound that decides whether an upstream capacity could ever bind.
 */
export function maxCallsInFlightPerRequest(handler: ModelSpec, callCount: number): number {
  switch (handler.name) {
    case 'sequential':
      return Math.min(1, callCount);
    case 'worker-pool':
    case 'batches':
      return Math.min(handler.limit, callCount);
    case 'throttled':
      return handler.limit === null ? callCount : Math.min(handler.limit, callCount);
    case 'promise-all':
    case 'offload':
      return callCount;
  }
}

/** Each request's service time, from predict() over its drawn latencies plus the call overhead. */
function serviceTimesMs(input: ServerRunInput): Millis[] {
  const { server, handler, calls, seed } = input;
  const one = (request: number): Millis => {
    const latencies = planCalls(calls, seed, request).map(
      (c) => c.latencyMs + server.callOverheadMs,
    );
    return server.requestOverheadMs + predict(latencies, handler).makespanMs;
  };
  // Fixed latencies draw nothing: every request then has the first one's service time.
  if (calls.every((call) => call.latency.kind === 'fixed')) {
    return new Array<Millis>(server.requests).fill(one(0));
  }
  return Array.from({ length: server.requests }, (_, request) => one(request));
}

/**
 * Predicts a server run (DESIGN.md "Server lab"). The client's C slots and the server's W
 * workers form min(W, C) FIFO slots taken in index order, so the run is list scheduling of the
 * service times over those slots; with equal service times S that is ceil(N / min(W, C)) x S.
 * Both are exact when the upstream's capacity cannot bind; otherwise they are lower bounds.
 */
export function predictServer(input: ServerRunInput): ServerPrediction {
  const { server } = input;
  const n = server.requests;
  const slots = servingSlotsOf(server);
  const serviceMs = serviceTimesMs(input);
  const dueAtMs = arrivalTimesMs(server, input.seed);
  const open = server.arrival === 'open';
  const startedAtMs = new Array<Millis>(n);
  const endedAtMs = new Array<Millis>(n);
  const free = new MinHeap<Millis>((a, b) => a < b);
  let makespanMs = 0;
  for (let i = 0; i < n; i += 1) {
    // FIFO with arrivals in index order: the earliest free slot, once the request is due.
    const due = dueAtMs[i] as Millis;
    const start = free.size < slots ? due : Math.max(due, free.pop() as Millis);
    const end = start + (serviceMs[i] as Millis);
    startedAtMs[i] = start;
    endedAtMs[i] = end;
    free.push(end);
    makespanMs = Math.max(makespanMs, end);
  }
  const first = serviceMs[0] ?? 0;
  const equal = !open && serviceMs.every((s) => s === first);
  const perRequest = maxCallsInFlightPerRequest(input.handler, input.calls.length);
  const maxCallsInFlight = slots * perRequest;
  const upstreamMayBind = server.upstreamCap !== null && maxCallsInFlight > server.upstreamCap;
  // Service times add whole-ms latencies and overheads of at most 3 decimals: printed to those
  // decimals, the sums read as written (30.2, not 30.200000000000003).
  const ms = (value: Millis): string => formatDecimal(value, OVERHEAD_DECIMAL_PLACES);
  let formula: string;
  if (equal) {
    // The closed form, computed as written; list scheduling above gives the same figure.
    makespanMs = Math.ceil(n / slots) * first;
    formula =
      `ceil(${n} / min(${workerCountOf(server)}, ${server.concurrency})) x ${ms(first)} ms = ` +
      `${ms(makespanMs)} ms`;
  } else if (open) {
    formula =
      `${n} requests arriving at ${formatDecimal(server.arrivalRatePerSec, 3)}/s (Poisson), ` +
      `FIFO over ${slots} workers: ${ms(makespanMs)} ms`;
  } else {
    formula = `${n} requests of unequal service time, listed over ${slots} slots: ${ms(makespanMs)} ms`;
  }
  return {
    makespanMs,
    method: equal ? 'closed-form' : 'list-scheduling',
    formula,
    slots,
    serviceMs,
    startedAtMs,
    endedAtMs,
    maxCallsInFlight,
    upstreamMayBind,
    isLowerBound: upstreamMayBind,
  };
}
