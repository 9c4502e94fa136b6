import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveServerResult, ServerRunEvent } from '../../core/server/liveServerTypes.ts';
import { serverRunInputOf, type ServerRunInput } from '../../core/server/serverRunInput.ts';
import { workerCountOf, workersPerProcessOf } from '../../core/server/serverSpec.ts';
import type { ServerTrace } from '../../core/server/serverTrace.ts';
import { simulateServer } from '../../core/server/simulateServer.ts';
import type { TalkPresetName } from '../../core/server/talkPresetNames.ts';
import { presetScenario } from '../../core/server/talkPresets.ts';
import { serverInput } from '../../core/server/testing/serverInputs.ts';
import { createAppHandlers } from '../../mocks/appHandlers.ts';
import { createUpstreamHandlers } from '../../mocks/handlers.ts';
import { HOP_SLACK_MS, watchTimerLateness } from '../testing/timerLateness.ts';
import { createAppRunRegistry } from './appRunRegistry.ts';
import { createLiveServerPort } from './createLiveServerPort.ts';

// The whole live path in Node: the client's fetches go to the real app handler, whose upstream
// calls are real fetches answered by the real upstream handlers, all through msw/node as the
// service worker does in the page. These tests check structure and causality exactly; a live
// makespan is compared with the virtual one plus the lateness of plain timers watched beside the
// run (timerLateness.ts), never with a fixed window. The figures are printed at the end.
const registry = createAppRunRegistry();
const mockServer = setupServer(
  ...createUpstreamHandlers(),
  ...createAppHandlers({ runs: registry }),
);
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  mockServer.close();
  console.info(`live vs virtual makespans (experiment ms):\n${figures.join('\n')}`);
});

const BASE_URL = 'http://localhost';
const port = createLiveServerPort({ baseUrl: BASE_URL, registry, calibration: { samples: 8 } });
const figures: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const preset = (name: TalkPresetName): ServerRunInput => serverRunInputOf(presetScenario(name));

function run(
  input: ServerRunInput,
  timeScale: number,
  options: { signal?: AbortSignal; compensate?: boolean; events?: ServerRunEvent[] } = {},
): Promise<LiveServerResult> {
  return port.run(input, {
    signal: options.signal ?? new AbortController().signal,
    timeScale,
    compensate: options.compensate ?? true,
    onEvent: (event) => options.events?.push(event),
  });
}

/** The most intervals [from, to) open at once; an interval ending at t frees its place at t. */
function peakOverlap(intervals: ReadonlyArray<readonly [number, number]>): number {
  const edges = intervals.flatMap(([from, to]) => [
    [from, 1],
    [to, -1],
  ]);
  edges.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
  let open = 0;
  let peak = 0;
  for (const [, step] of edges) {
    open += step as number;
    peak = Math.max(peak, open);
  }
  return peak;
}

/** When each request's worker was busy: from its start to its last call's or work's end. */
function busyIntervals(trace: ServerTrace): Array<readonly [number, number]> {
  return trace.requests.map((request) => {
    const ends = [
      ...trace.calls.filter((c) => c.request === request.index).map((c) => c.endedAtMs),
      ...trace.work.filter((w) => w.request === request.index).map((w) => w.endedAtMs),
    ];
    return [request.startedAtMs, Math.max(request.startedAtMs, ...ends)] as const;
  });
}

/**
 * The mocked hops one after another on the virtual run's longest chain: each worker serves its
 * requests in turn, and each request is one hop to the app plus one per instant its handler
 * sends calls at (a sequential handler's 4 calls are 4 hops, Promise.all's are 1), plus one for
 * local work. A live run may pay HOP_SLACK_MS for each.
 */
function hopsOnBusiestWorker(virtual: ServerTrace): number {
  const hopsByWorker = new Map<number, number>();
  for (const request of virtual.requests) {
    const starts = new Set(
      virtual.calls.filter((c) => c.request === request.index).map((c) => c.startedAtMs),
    );
    const works = virtual.work.some((w) => w.request === request.index) ? 1 : 0;
    const hops = 1 + starts.size + works;
    hopsByWorker.set(request.worker, (hopsByWorker.get(request.worker) ?? 0) + hops);
  }
  return Math.max(0, ...hopsByWorker.values());
}

/**
 * Node's timers may fire up to this many wall ms early; an answer not held by compensation (its
 * mocked service's timer) may come back that much before its latency.
 */
const NODE_TIMER_EARLY_MS = 1;

/**
 * Everything a live trace must share with the virtual one, whatever the machine's timing.
 * `earlyMs`: how much sooner than its latency an answer may come back, in experiment ms (0 with
 * compensation, which holds every answer until its latency passed).
 */
function expectSameStructure(
  input: ServerRunInput,
  live: ServerTrace,
  virtual: ServerTrace,
  earlyMs = 0,
) {
  const { server } = input;
  expect(live.requests.map((r) => r.index)).toEqual(virtual.requests.map((r) => r.index));
  expect(live.calls.map((c) => [c.request, c.index, c.latencyMs, c.status])).toEqual(
    virtual.calls.map((c) => [c.request, c.index, c.latencyMs, 'ok']),
  );
  expect(live.work.length).toBe(virtual.work.length);
  // The client never has more than C requests in flight.
  expect(peakOverlap(live.requests.map((r) => [r.sentAtMs, r.endedAtMs]))).toBeLessThanOrEqual(
    server.concurrency,
  );
  // Each request on a plausible worker, which serves one request at a time (a greenlet too);
  // never more than W busy at once.
  const busy = busyIntervals(live);
  expect(peakOverlap(busy)).toBeLessThanOrEqual(workerCountOf(server));
  for (let worker = 0; worker < workerCountOf(server); worker += 1) {
    const own = busy.filter((_, i) => live.requests[i]?.worker === worker);
    expect(peakOverlap(own)).toBeLessThanOrEqual(1);
  }
  for (const request of live.requests) {
    expect(request.worker).toBeGreaterThanOrEqual(0);
    expect(request.worker).toBeLessThan(workerCountOf(server));
    expect(request.process).toBe(Math.floor(request.worker / workersPerProcessOf(server)));
    expect(request.sentAtMs).toBeLessThanOrEqual(request.startedAtMs);
    expect(request.startedAtMs).toBeLessThanOrEqual(request.endedAtMs);
  }
  for (const call of live.calls) {
    expect(call.readyAtMs).toBeLessThanOrEqual(call.startedAtMs);
    expect(call.startedAtMs).toBeLessThanOrEqual(call.upstreamArrivedAtMs);
    expect(call.upstreamArrivedAtMs).toBeLessThanOrEqual(call.upstreamStartedAtMs);
    // No answer before its latency (to float rounding, or `earlyMs`).
    expect(call.endedAtMs - call.upstreamStartedAtMs).toBeGreaterThanOrEqual(
      call.latencyMs - earlyMs - 1e-6,
    );
  }
  // Never faster than the exact virtual run (but for early answers along its longest chain).
  expect(live.makespanMs).toBeGreaterThanOrEqual(
    virtual.makespanMs - earlyMs * hopsOnBusiestWorker(virtual) - 1e-6,
  );
}

/**
 * A live run is slower than the virtual one by at most what delayed plain timers beside it
 * (`lateMs`, wall ms), plus HOP_SLACK_MS per hop of the longest chain, both in experiment ms.
 */
function expectOnTime(live: ServerTrace, virtual: ServerTrace, timeScale: number, lateMs: number) {
  const allowedWallMs = lateMs + HOP_SLACK_MS * hopsOnBusiestWorker(virtual);
  expect(live.makespanMs).toBeLessThanOrEqual(virtual.makespanMs + timeScale * allowedWallMs);
}

describe('live server runs go through MSW end to end and match the virtual run', () => {
  it.each<[string, number, ServerRunInput]>([
    ['talk-sync-processes', 20, preset('talk-sync-processes')],
    ['talk-sync-processes', 5, preset('talk-sync-processes')],
    ['talk-asyncio', 20, preset('talk-asyncio')],
    ['talk-gevent-one', 5, preset('talk-gevent-one')],
    ['talk-offload-one', 5, preset('talk-offload-one')],
    [
      'gevent N=10, 2 x 5 greenlets, C=4',
      10,
      serverInput(
        { requests: 10, concurrency: 4, processes: 2, greenlets: 5 },
        { name: 'promise-all' },
      ),
    ],
  ])('%s at time scale %d', async (name, timeScale, input) => {
    const virtual = await simulateServer(input);
    const events: ServerRunEvent[] = [];
    const startedMs = performance.now();
    const lateness = watchTimerLateness();
    const { trace, reliability, timeScale: reported } = await run(input, timeScale, { events });
    const lateMs = lateness.stop();
    const wallMs = performance.now() - startedMs;
    expect(reported).toBe(timeScale);
    expectSameStructure(input, trace, virtual);
    expectOnTime(trace, virtual, timeScale, lateMs);
    // Lag is measured (a saturated run is flagged; runMonitor.test.ts checks the verdict).
    expect(reliability.maxEventLoopLagMs).toBeGreaterThanOrEqual(0);
    // Every request is sent, then started, then ended, each reported once, in experiment ms.
    for (const request of trace.requests) {
      const own = events.filter((e) => ('span' in e ? e.span.index : e.index) === request.index);
      expect(own.map((e) => e.type)).toEqual(['request-sent', 'request-started', 'request-ended']);
      expect(own[0]).toEqual({
        type: 'request-sent',
        index: request.index,
        atMs: request.sentAtMs,
      });
      expect(own[1]).toMatchObject({ worker: request.worker, atMs: request.startedAtMs });
      expect(own[2]).toEqual({ type: 'request-ended', span: request });
    }
    expect(registry.size).toBe(0);
    const excessMs = trace.makespanMs - virtual.makespanMs;
    figures.push(
      `  ${name} x${timeScale}: live ${trace.makespanMs.toFixed(0)} vs virtual ` +
        `${virtual.makespanMs} (+${excessMs.toFixed(0)} ms, +${((100 * excessMs) / virtual.makespanMs).toFixed(1)}%), ` +
        `wall ${wallMs.toFixed(0)} ms${figures.length === 0 ? ' (with calibration)' : ''}, ` +
        `timers late by ${lateMs.toFixed(0)} ms, ${hopsOnBusiestWorker(virtual)} hops; notes: ` +
        JSON.stringify(reliability.notes),
    );
  });

  it('without compensation, each call pays the mocks’ overhead, multiplied by the time scale', async () => {
    const input = preset('talk-sync-one');
    const { trace } = await run(input, 10, { compensate: false });
    const virtual = await simulateServer(input);
    expectSameStructure(input, trace, virtual, 10 * NODE_TIMER_EARLY_MS);
    const excessMs = trace.calls.map((c) => c.endedAtMs - c.startedAtMs - c.latencyMs);
    // Calls pay the overhead: the typical one comes back after its latency. One whose mocked
    // timer fired early may come back up to NODE_TIMER_EARLY_MS wall ms before it, never more
    // (seen once: 0.08 wall ms early, on a loaded host).
    const sortedMs = [...excessMs].sort((a, b) => a - b);
    expect(sortedMs[Math.floor(sortedMs.length / 2)]).toBeGreaterThan(0);
    expect(Math.min(...excessMs)).toBeGreaterThan(-10 * NODE_TIMER_EARLY_MS);
    expect(trace.makespanMs).toBeGreaterThan(virtual.makespanMs);
    figures.push(
      `  talk-sync-one x10, compensation off: live ${trace.makespanMs.toFixed(0)} vs virtual ` +
        `${virtual.makespanMs}`,
    );
  });
});

describe('stopping a live server run', () => {
  it('rejects with the reason, emits nothing after, leaves the registry, serves no later request', async () => {
    // One worker serving 6 requests of 1250 ms at x10; stopped while it serves request 1: once
    // request 0's response came back and the upstream saw request 1's first call, whichever is
    // later (events, not a delay: on a busy machine a delay could outlast the request).
    const input = serverInput({ requests: 6 }, { name: 'sequential' });
    const controller = new AbortController();
    const events: ServerRunEvent[] = [];
    const upstreamAfterStop: string[] = [];
    const reason = new Error('stop');
    let firstEnded = false;
    let secondCalling = false;
    const stopOnceBoth = () => {
      if (firstEnded && secondCalling && !controller.signal.aborted) controller.abort(reason);
    };
    const onRequest = ({ request }: { request: Request }) => {
      if (!request.url.includes('/upstream/')) return;
      if (controller.signal.aborted) upstreamAfterStop.push(request.url);
      secondCalling ||= new URL(request.url).searchParams.get('request') === '1';
      stopOnceBoth();
    };
    mockServer.events.on('request:start', onRequest);
    const running = port.run(input, {
      signal: controller.signal,
      timeScale: 10,
      compensate: true,
      onEvent: (event) => {
        events.push(event);
        firstEnded ||= event.type === 'request-ended' && event.span.index === 0;
        stopOnceBoth();
      },
    });
    await expect(running).rejects.toBe(reason);
    const seen = events.length;
    await pause(300);
    mockServer.events.removeListener('request:start', onRequest);
    expect(events.length).toBe(seen);
    expect(registry.size).toBe(0);
    expect(upstreamAfterStop).toEqual([]);
    const started = events.filter((e) => e.type === 'request-started').map((e) => e.index);
    expect(started).toEqual([0, 1]);
    expect(events.filter((e) => e.type === 'request-ended').length).toBe(1);
  });

  it('refuses a run that would send too many mocked requests, or a time scale of 0, sending nothing', async () => {
    await expect(run(serverInput({ requests: 300 }, { name: 'promise-all' }), 1)).rejects.toThrow(
      /at most 1000 mocked requests .* would send 1500/,
    );
    await expect(run(preset('talk-sync-one'), 0)).rejects.toThrow(/time scale above 0/);
    const open = preset('talk-sync-one');
    await expect(
      run({ ...open, server: { ...open.server, arrival: 'open', arrivalRatePerSec: 2 } }, 1),
    ).rejects.toThrow(/cannot use open arrivals \(arrival=open\) run on the virtual engine only/);
    expect(registry.size).toBe(0);
  });
});
