import { callLabel, requestNumber } from '../callLabel.ts';
import type { ModelSpec } from '../modelSpec.ts';
import { createModel } from '../models/createModel.ts';
import { runFanOut, type Transport } from '../runFanOut.ts';
import { planCalls } from '../scenario.ts';
import { Semaphore } from '../semaphore.ts';
import type { WorkSpan } from '../trace.ts';
import { runOnVirtualClock, VirtualClock, type VirtualRunOptions } from '../virtualClock.ts';
import { arrivalTimesMs } from './arrivalTimes.ts';
import { requestClock } from './requestClock.ts';
import { checkServerRun, type ServerRunInput } from './serverRunInput.ts';
import { workersPerProcessOf } from './serverSpec.ts';
import type { RequestSpan, ServerCallSpan, ServerTrace } from './serverTrace.ts';
import { SlotPool } from './slotPool.ts';

/**
 * The fixed-window throttle anchors its windows at t = 0: its handler runs on a clock that starts
 * with the request's fan-out. Every other model only measures differences of instants, so it runs
 * on the shared clock directly and its times need no shifting (exact with fractional overheads).
 */
function anchorsAtZero(handler: ModelSpec): boolean {
  return handler.name === 'throttled' && handler.throttle.kind === 'fixed';
}

/**
 * The virtual engine of the Server lab (DESIGN.md "Server lab"), written as the load test reads:
 * every request is due at its arrival time (arrivalTimes.ts: t = 0 for a closed run, a Poisson
 * point for an open one) and, in index order,
 *   1. closed: waits FIFO for one of the client's C slots (hammer.py's semaphore), then is sent;
 *      open: is sent at its due time, whatever is in flight (no client cap);
 *   2. waits FIFO for a free worker (SlotPool: processes x threads, or x greenlets);
 *   3. is served: the request overhead, then its handler's fan-out (the models' own code via
 *      runFanOut) over its calls, drawn with planCalls(calls, seed, index);
 *   4. releases its worker when the handler returns, and its client slot when the response
 *      arrives: the same instant.
 * Each upstream call pays the call overhead (connection set-up, DNS) as part of its time in
 * flight, then waits FIFO for the upstream's capacity (one bound shared by all calls), then takes
 * its drawn latency. Everything runs on one virtual clock, so the timeline is exact: with equal
 * requests and no binding capacity, the last response is at ceil(N / min(W, C)) x S.
 */
export async function simulateServer(
  input: ServerRunInput,
  options: VirtualRunOptions = {},
): Promise<ServerTrace> {
  checkServerRun(input);
  const { server, handler, calls, seed } = input;
  const { callOverheadMs, requestOverheadMs } = server;
  const perRequest = calls.length;
  const clock = new VirtualClock();
  const open = server.arrival === 'open';
  const client = open ? null : new Semaphore(server.concurrency);
  const dueAtMs = arrivalTimesMs(server, seed);
  const workers = new SlotPool(server.processes, workersPerProcessOf(server));
  const upstream = server.upstreamCap === null ? null : new Semaphore(server.upstreamCap);
  const anchored = anchorsAtZero(handler);
  // Per call, indexed request * perRequest + index; the transport writes, the request reads.
  const arrivedAtMs = new Float64Array(server.requests * perRequest);
  const servedFromMs = new Float64Array(server.requests * perRequest);
  const requests = new Array<RequestSpan>(server.requests);
  const spans = new Array<ServerCallSpan>(server.requests * perRequest);
  const work: WorkSpan[] = [];

  const transport: Transport = async (call) => {
    const slot = call.request * perRequest + call.index;
    const label = callLabel(call, call.request);
    if (upstream === null) {
      // Nothing to wait for at the upstream: one timer for overhead and latency together.
      const arrivalMs = clock.now() + callOverheadMs;
      arrivedAtMs[slot] = arrivalMs;
      servedFromMs[slot] = arrivalMs;
      await clock.sleep(callOverheadMs + call.latencyMs, undefined, label);
      return;
    }
    if (callOverheadMs > 0) await clock.sleep(callOverheadMs, undefined, `set-up of ${label}`);
    arrivedAtMs[slot] = clock.now();
    await upstream.acquire();
    servedFromMs[slot] = clock.now();
    try {
      await clock.sleep(call.latencyMs, undefined, label);
    } finally {
      upstream.release();
    }
  };

  const serve = async (index: number): Promise<void> => {
    if (client !== null) await client.acquire();
    const sentAtMs = clock.now();
    const worker = await workers.acquire();
    const startedAtMs = clock.now();
    if (requestOverheadMs > 0) {
      await clock.sleep(
        requestOverheadMs,
        undefined,
        `overhead of request ${requestNumber(index)}`,
      );
    }
    const readyAtMs = clock.now();
    const shiftMs = anchored ? readyAtMs : 0;
    const result = await runFanOut({
      clock: anchored ? requestClock(clock, readyAtMs) : clock,
      calls: planCalls(calls, seed, index),
      model: createModel(handler),
      transport,
      readyAtMs: readyAtMs - shiftMs,
    });
    const first = index * perRequest;
    for (const span of result.calls) {
      const slot = first + span.index;
      // Written field by field (not spread): one object shape for every span, and no copy of
      // keys a plain run never has (the engine's hot path at 100,000 requests).
      spans[slot] = {
        request: span.request,
        index: span.index,
        service: span.service,
        latencyMs: span.latencyMs,
        readyAtMs: span.readyAtMs + shiftMs,
        startedAtMs: span.startedAtMs + shiftMs,
        endedAtMs: span.endedAtMs + shiftMs,
        status: span.status,
        upstreamArrivedAtMs: arrivedAtMs[slot] as number,
        upstreamStartedAtMs: servedFromMs[slot] as number,
        // A server run has no call policy (serverFaultsNote.ts): these stay absent.
        ...(span.attempts === undefined ? {} : { attempts: span.attempts }),
        ...(span.wire === undefined ? {} : { wire: span.wire }),
      };
    }
    // runFanOut names a request by its first call, so a request without calls is renamed here.
    for (const span of result.work) {
      work.push({
        request: index,
        startedAtMs: span.startedAtMs + shiftMs,
        endedAtMs: span.endedAtMs + shiftMs,
      });
    }
    workers.release(worker);
    const endedAtMs = clock.now();
    // The virtual response arrives the instant the handler returns: freed and ended coincide.
    requests[index] = {
      index,
      intendedAtMs: dueAtMs[index] as number,
      sentAtMs,
      startedAtMs,
      freedAtMs: endedAtMs,
      endedAtMs,
      worker,
      process: workers.processOf(worker),
    };
    client?.release();
  };

  await runOnVirtualClock(
    clock,
    async () => {
      const all = new Array<Promise<void>>(server.requests);
      for (let index = 0; index < server.requests; index += 1) {
        // One pending arrival timer at a time: the heap holds only what is in flight. A constant
        // label: arrivals are N timers, never a runaway, and the hot loop builds no text.
        if (open) await clock.sleepUntil(dueAtMs[index] as number, 'open arrival');
        all[index] = serve(index);
      }
      await Promise.all(all);
    },
    options,
  );
  let makespanMs = 0;
  for (const request of requests) makespanMs = Math.max(makespanMs, request.endedAtMs);
  return { requests, calls: spans, work, makespanMs };
}
