import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../core/clock.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { Transport } from '../core/runFanOut.ts';
import { appRequestPath, type AppReply } from '../core/server/appRequest.ts';
import type { ServerSpec } from '../core/server/serverSpec.ts';
import { serverInput } from '../core/server/testing/serverInputs.ts';
import { createAppHandlers } from './appHandlers.ts';
import type { AppRun } from '../core/server/appRun.ts';

// The app handler through msw/node, with runs whose clock and transport are simple stand-ins
// (the live client's real ones are tested in src/live/server): this file checks the app's own
// part, the worker slots, overheads, upstream capacity, and its answers to bad requests.
const runs = new Map<string, AppRun>();
const server = setupServer(...createAppHandlers({ runs }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => runs.clear());
afterAll(() => server.close());

/** Wall ms since the clock was made; sleeps are plain timers (Node's may fire 1 ms early). */
function testClock(): Clock {
  const originMs = performance.now();
  return {
    now: () => performance.now() - originMs,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason as unknown);
        });
      }),
  };
}

function register(
  runId: string,
  spec: Partial<ServerSpec>,
  handler: ModelSpec,
  latenciesMs: readonly number[],
  send?: Transport,
): { run: AppRun; stop: AbortController; started: number[] } {
  const stop = new AbortController();
  const clock = testClock();
  const started: number[] = [];
  const run: AppRun = {
    input: serverInput(spec, handler, latenciesMs),
    clock,
    signal: stop.signal,
    send: send ?? ((call, signal) => clock.sleep(call.latencyMs, signal)),
    onRequestStarted: (request) => started.push(request),
  };
  runs.set(runId, run);
  return { run, stop, started };
}

const get = (path: string) => fetch(new URL(path, 'http://localhost'));
const replyOf = async (path: string) => (await (await get(path)).json()) as AppReply;

describe('the mocked app', () => {
  it('serves a request on a worker: request overhead, then the fan-out, each call after its overhead', async () => {
    register('r1', { requestOverheadMs: 10, callOverheadMs: 5 }, { name: 'promise-all' }, [20, 30]);
    const reply = await replyOf(appRequestPath('r1', 0));
    expect(reply).toMatchObject({ request: 0, worker: 0, process: 0, work: [] });
    expect(reply.calls.map((c) => [c.request, c.index, c.latencyMs, c.status])).toEqual([
      [0, 0, 20, 'ok'],
      [0, 1, 30, 'ok'],
    ]);
    for (const call of reply.calls) {
      expect(call.readyAtMs).toBeGreaterThanOrEqual(reply.startedAtMs + 9);
      expect(call.startedAtMs).toBeGreaterThanOrEqual(call.readyAtMs);
      expect(call.upstreamArrivedAtMs - call.startedAtMs).toBeGreaterThanOrEqual(4);
      expect(call.upstreamStartedAtMs).toBe(call.upstreamArrivedAtMs);
      expect(call.endedAtMs - call.upstreamStartedAtMs).toBeGreaterThanOrEqual(call.latencyMs - 1);
    }
    expect(reply.endedAtMs).toBeGreaterThanOrEqual(
      Math.max(...reply.calls.map((c) => c.endedAtMs)),
    );
  });

  it('queues calls beyond the upstream capacity FIFO, and requests beyond the workers', async () => {
    const { started } = register('r2', { upstreamCap: 1 }, { name: 'promise-all' }, [20, 20]);
    const [first, second] = await Promise.all([
      replyOf(appRequestPath('r2', 0)),
      replyOf(appRequestPath('r2', 1)),
    ]);
    const [a, b] = first?.calls ?? [];
    expect(b?.upstreamStartedAtMs).toBeGreaterThanOrEqual((a?.endedAtMs ?? Infinity) - 0.5);
    // One worker: the second request starts once the first one's handler returned.
    expect(second?.startedAtMs).toBeGreaterThanOrEqual(first?.endedAtMs ?? Infinity);
    expect([first?.worker, second?.worker]).toEqual([0, 0]);
    expect(started).toEqual([0, 1]);
  });

  it('gives greenlets of each process, process-major ids, alternating processes', async () => {
    register('r3', { processes: 2, greenlets: 3 }, { name: 'sequential' }, [10]);
    const replies = await Promise.all([0, 1, 2].map((r) => replyOf(appRequestPath('r3', r))));
    expect(replies.map((r) => [r.worker, r.process])).toEqual([
      [0, 0],
      [3, 1],
      [1, 0],
    ]);
  });

  it('never serves a request of a stopped run, and frees the worker of one it was serving', async () => {
    // A 10 s call: the stop 30 ms in comes while it is served, however busy the machine.
    const { stop, started } = register('r4', {}, { name: 'sequential' }, [10_000]);
    const serving = get(appRequestPath('r4', 0));
    const queued = get(appRequestPath('r4', 1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    stop.abort(new Error('stopped'));
    for (const response of await Promise.all([serving, queued])) {
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/was stopped/) });
    }
    expect(started).toEqual([0]);
  });

  it('answers 502 with the cause when an upstream call fails', async () => {
    register('r5', {}, { name: 'sequential' }, [5], () =>
      Promise.reject(new Error('upstream said no')),
    );
    const response = await get(appRequestPath('r5', 0));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: 'Request 0 of run "r5" failed in the app: upstream said no',
    });
  });

  it('answers 404 for a run it does not know, saying why', async () => {
    const response = await get(appRequestPath('nope', 0));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: expect.stringMatching(/^No live server run "nope" is registered with the app/),
    });
  });

  it.each([
    ['/app/request?request=0', /"run" query parameter .* missing/],
    ['/app/request?run=r6&request=x', /"request" query parameter .* "x" is not a whole number/],
    ['/app/request?run=r6&request=20', /Run "r6" has requests 0 to 19, so there is no request 20/],
  ])('answers 400 to %s, saying what to send', async (path, problem) => {
    register('r6', {}, { name: 'sequential' }, [5]);
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(problem) });
  });
});
