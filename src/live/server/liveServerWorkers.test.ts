import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverRunInputOf, type ServerRunInput } from '../../core/server/serverRunInput.ts';
import { workerCountOf } from '../../core/server/serverSpec.ts';
import { busyWorkers, peakOf, serverStats } from '../../core/server/serverStats.ts';
import type { RequestSpan, ServerTrace } from '../../core/server/serverTrace.ts';
import type { TalkPresetName } from '../../core/server/talkPresetNames.ts';
import { presetScenario } from '../../core/server/talkPresets.ts';
import { serverInput } from '../../core/server/testing/serverInputs.ts';
import { createAppHandlers } from '../../mocks/appHandlers.ts';
import { createUpstreamHandlers } from '../../mocks/handlers.ts';
import { createAppRunRegistry } from './appRunRegistry.ts';
import { createLiveServerPort } from './createLiveServerPort.ts';

// Live runs through msw/node, as liveServer.test.ts does. Each response reaches the client a
// mocked hop after its handler returned (real time, multiplied by the time scale), while the
// freed worker already serves the next request: busy workers must be counted on the worker's
// side. Nothing here depends on how long anything took, only on order and causality.
const registry = createAppRunRegistry();
const mockServer = setupServer(
  ...createUpstreamHandlers(),
  ...createAppHandlers({ runs: registry }),
);
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mockServer.close());

const port = createLiveServerPort({ baseUrl: 'http://localhost', registry });

const preset = (name: TalkPresetName): ServerRunInput => serverRunInputOf(presetScenario(name));

async function liveTrace(input: ServerRunInput, timeScale: number): Promise<ServerTrace> {
  const { trace } = await port.run(input, {
    signal: new AbortController().signal,
    timeScale,
    compensate: false,
    onEvent: () => {},
  });
  return trace;
}

/** The last instant the request's handler did anything: its last call's or work's end. */
function handlerDoneAtMs(trace: ServerTrace, request: RequestSpan): number {
  const ends = [
    ...trace.calls.filter((c) => c.request === request.index).map((c) => c.endedAtMs),
    ...trace.work.filter((w) => w.request === request.index).map((w) => w.endedAtMs),
  ];
  return Math.max(request.startedAtMs, ...ends);
}

describe('a live server run counts busy workers from the worker’s side', () => {
  it.each<[string, ServerRunInput]>([
    ['talk-sync-processes (W = 4)', preset('talk-sync-processes')],
    ['talk-asyncio (W = 2)', preset('talk-asyncio')],
    [
      'gevent, 2 x 2 greenlets, N = 10 (W = 4)',
      serverInput({ requests: 10, processes: 2, greenlets: 2 }, { name: 'promise-all' }),
    ],
  ])('%s: the peak is W, never more', async (_name, input) => {
    const workers = workerCountOf(input.server);
    const trace = await liveTrace(input, 20);
    // N > W requests are all sent at once, so W workers are busy together, and never more.
    expect(serverStats(trace).peakBusyWorkers).toBe(workers);
    expect(peakOf(busyWorkers(trace.requests))).toBe(workers);
    for (const request of trace.requests) {
      // The worker is held for the whole handler, and freed before the client has the response.
      expect(request.sentAtMs).toBeLessThanOrEqual(request.startedAtMs);
      expect(handlerDoneAtMs(trace, request)).toBeLessThanOrEqual(request.freedAtMs);
      expect(request.freedAtMs).toBeLessThanOrEqual(request.endedAtMs);
    }
    // Each worker serves one request at a time: the next starts after the last was freed.
    for (let worker = 0; worker < workers; worker += 1) {
      const own = trace.requests
        .filter((r) => r.worker === worker)
        .sort((a, b) => a.startedAtMs - b.startedAtMs);
      for (let k = 1; k < own.length; k += 1) {
        expect(own[k]?.startedAtMs).toBeGreaterThanOrEqual(own[k - 1]?.freedAtMs ?? Infinity);
      }
    }
    // The client's side is unchanged: the makespan is the last response's arrival.
    expect(trace.makespanMs).toBe(Math.max(...trace.requests.map((r) => r.endedAtMs)));
  });
});
