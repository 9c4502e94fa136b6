import type { ModelSpec } from '../core/modelSpec.ts';
import { createModel } from '../core/models/createModel.ts';
import { runFanOut, type Transport } from '../core/runFanOut.ts';
import { planCalls } from '../core/scenario.ts';
import { Semaphore } from '../core/semaphore.ts';
import type { AppReply } from '../core/server/appRequest.ts';
import { requestClock } from '../core/server/requestClock.ts';
import { workersPerProcessOf } from '../core/server/serverSpec.ts';
import type { ServerCallSpan } from '../core/server/serverTrace.ts';
import { SlotPool } from '../core/server/slotPool.ts';
import { acquireUnlessStopped } from './acquireUnlessStopped.ts';
import type { AppRun } from '../core/server/appRun.ts';

/** The app's state for one run: what every request of the run shares. */
export interface AppServer {
  /** W workers: processes x threads (sync), or processes x greenlets; FIFO. */
  readonly workers: SlotPool;
  /** The upstream's capacity, shared by every call of the run; null: unbounded. */
  readonly upstream: Semaphore | null;
}

export function createAppServer(run: AppRun): AppServer {
  const { server } = run.input;
  return {
    workers: new SlotPool(server.processes, workersPerProcessOf(server)),
    upstream: server.upstreamCap === null ? null : new Semaphore(server.upstreamCap),
  };
}

/** As in simulateServer: only the fixed-window throttle anchors anything at t = 0. */
function anchorsAtZero(handler: ModelSpec): boolean {
  return handler.name === 'throttled' && handler.throttle.kind === 'fixed';
}

/**
 * Serves request `request` of `run` the way simulateServer does, with real time and real calls:
 *   1. waits FIFO for a free worker;
 *   2. waits the request overhead, then runs the handler's fan-out (the models' own code via
 *      runFanOut and createModel) over planCalls(calls, seed, request);
 *   3. each upstream call waits the call overhead, then FIFO for the upstream's capacity, then
 *      is sent for real by `run.send` (a fetch of the mocked upstream service);
 *   4. frees its worker when the handler returns, and answers the times in experiment ms.
 * Every wait ends when the run stops (the run's signal and clock), and the call then rejects
 * with the signal's reason holding nothing: a request still queued for a worker is never served.
 */
export async function serveAppRequest(
  run: AppRun,
  app: AppServer,
  request: number,
): Promise<AppReply> {
  const { input, clock, signal } = run;
  const { callOverheadMs, requestOverheadMs } = input.server;
  const { workers, upstream } = app;
  const calls = planCalls(input.calls, input.seed, request);
  const arrivedAtMs = new Float64Array(calls.length);
  const servedFromMs = new Float64Array(calls.length);

  const transport: Transport = async (call) => {
    if (callOverheadMs > 0) await clock.sleep(callOverheadMs, signal, 'call overhead');
    arrivedAtMs[call.index] = clock.now();
    if (upstream === null) {
      servedFromMs[call.index] = arrivedAtMs[call.index] as number;
      await run.send(call, signal);
      return;
    }
    await acquireUnlessStopped(upstream.acquire(), signal, () => upstream.release());
    servedFromMs[call.index] = clock.now();
    try {
      await run.send(call, signal);
    } finally {
      upstream.release();
    }
  };

  const worker = await acquireUnlessStopped(workers.acquire(), signal, (w) => workers.release(w));
  try {
    const startedAtMs = clock.now();
    const process = workers.processOf(worker);
    run.onRequestStarted?.(request, worker, process, startedAtMs);
    if (requestOverheadMs > 0) await clock.sleep(requestOverheadMs, signal, 'request overhead');
    const readyAtMs = clock.now();
    const shiftMs = anchorsAtZero(input.handler) ? readyAtMs : 0;
    const result = await runFanOut({
      clock: shiftMs === 0 ? clock : requestClock(clock, shiftMs),
      calls,
      model: createModel(input.handler),
      transport,
      readyAtMs: readyAtMs - shiftMs,
      signal,
    });
    const spans = result.calls.map((span): ServerCallSpan => ({
      ...span,
      readyAtMs: span.readyAtMs + shiftMs,
      startedAtMs: span.startedAtMs + shiftMs,
      endedAtMs: span.endedAtMs + shiftMs,
      upstreamArrivedAtMs: arrivedAtMs[span.index] as number,
      upstreamStartedAtMs: servedFromMs[span.index] as number,
    }));
    // runFanOut names a request by its first call, so a request without calls is named here.
    const work = result.work.map((span) => ({
      request,
      startedAtMs: span.startedAtMs + shiftMs,
      endedAtMs: span.endedAtMs + shiftMs,
    }));
    signal.throwIfAborted();
    return { request, worker, process, startedAtMs, endedAtMs: clock.now(), calls: spans, work };
  } finally {
    workers.release(worker);
  }
}
