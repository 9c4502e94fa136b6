import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MAX_LIVE_CALLS } from '../core/limits.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import { predict } from '../core/predict.ts';
import { simulateFanOut } from '../core/simulate.ts';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import type { RunEvent } from '../core/trace.ts';
import { UPSTREAM_PATH } from '../mocks/handlers.ts';
import { createLiveEngine } from './liveEngine.ts';
import { BASE_URL, CALLS, liveEngineHarness } from './testing/liveEngineHarness.ts';
import { orderTimeline } from './testing/orderTimeline.ts';
import { overlapShape, shapeFor } from './testing/overlapShape.ts';
import { HOP_SLACK_MS, type TimerLateness, watchTimerLateness } from './testing/timerLateness.ts';

// The real handlers answer real fetch() calls in Node through msw/node, as the worker does in
// the browser. These tests check structure and causality; a time is compared with its due time
// plus the lateness of plain timers watched beside it (timerLateness.ts), never a fixed window.
// Precision is the live benchmark's business (npm run bench:live).
const { server, run } = liveEngineHarness();

/**
 * Each model with the ORDER picture (orderTimeline.ts) its run of CALLS (60, 120, 180, 240 ms)
 * must draw, live as on the virtual engine: which calls start together, the order of the ends,
 * what waits behind what. Times are wall-clock noise; the order is the model's.
 */
const MODELS: ReadonlyArray<[string, ModelSpec, readonly string[]]> = [
  [
    'sequential',
    { name: 'sequential' },
    [
      '0 session  |[]       |',
      '1 business |--[]     |',
      '2 user     |----[]   |',
      '3 reviews  |------[] |',
      '  request  |        ^| ok',
    ],
  ],
  [
    'promise-all',
    { name: 'promise-all' },
    [
      '0 session  |[]    |',
      '1 business |[=]   |',
      '2 user     |[==]  |',
      '3 reviews  |[===] |',
      '  request  |     ^| ok',
    ],
  ],
  [
    'worker-pool(2)',
    { name: 'worker-pool', limit: 2 },
    [
      '0 session  |[]      |',
      '1 business |[==]    |',
      '2 user     |--[==]  |',
      '3 reviews  |----[=] |',
      '  request  |       ^| ok',
    ],
  ],
  [
    'throttled sliding (cap 2, window 100)',
    { name: 'throttled', limit: null, throttle: { kind: 'sliding', cap: 2, windowMs: 100 } },
    [
      '0 session  |[]     |',
      '1 business |[==]   |',
      '2 user     |--[=]  |',
      '3 reviews  |--[==] |',
      '  request  |      ^| ok',
    ],
  ],
  [
    'batches(2)',
    { name: 'batches', limit: 2 },
    [
      '0 session  |[]     |',
      '1 business |[=]    |',
      '2 user     |---[]  |',
      '3 reviews  |---[=] |',
      '  request  |      ^| ok',
    ],
  ],
  [
    'offload(300)',
    { name: 'offload', workMs: 300 },
    [
      '0 session  |[]     |',
      '1 business |[=]    |',
      '2 user     |[==]   |',
      '3 reviews  |[===]  |',
      'W work     |[####] |',
      '  request  |      ^| ok',
    ],
  ],
];

/** How long a live call really took (its answer's lateness included). */
function durationOf(
  call: { readonly startedAtMs: number; readonly endedAtMs: number } | undefined,
) {
  if (call === undefined) throw new Error('the live run lost a call');
  return call.endedAtMs - call.startedAtMs;
}

describe('the live engine runs the same model code as the virtual one', () => {
  it.each(MODELS)(
    '%s: the model draws its picture, and live calls overlap and wait as the model has them',
    async (_n, spec, picture) => {
      const virtual = await simulateFanOut(CALLS, spec);
      expect(orderTimeline(virtual)).toBe(picture.join('\n'));
      const lateness = watchTimerLateness();
      const { trace, compensationMs } = await run(CALLS, spec);
      const lateMs = lateness.stop();
      expect(compensationMs).toBe(0);
      // A late answer may cross a time the model does not chain to it (a throttle's window opens
      // by the clock, not at an end): live, calls overlap and wait as the model has them for the
      // times they really took (docs/testing.md), pairs that meet within the watched lateness
      // going either way. On a quiet machine that is the picture above.
      const replay = await simulateFanOut(
        CALLS.map((call, i) => ({ ...call, latencyMs: durationOf(trace.calls[i]) })),
        spec,
      );
      const pairs = overlapShape(replay, lateMs + HOP_SLACK_MS);
      expect(shapeFor(pairs, trace, HOP_SLACK_MS)).toEqual(pairs);
      for (const call of trace.calls) {
        expect(call.status).toBe('ok');
        // Node's timers may fire up to 1 ms early; the mock's overhead and a busy thread add some.
        const durationMs = call.endedAtMs - call.startedAtMs;
        expect(durationMs).toBeGreaterThanOrEqual(call.latencyMs - 2);
        expect(durationMs).toBeLessThanOrEqual(call.latencyMs + lateMs + HOP_SLACK_MS);
      }
      // The prediction, give or take a hop's early timer or slack per call along the longest chain
      // (at most every call), and what delayed plain timers beside the run.
      const predictedMs = predict(
        CALLS.map((c) => c.latencyMs),
        spec,
      ).makespanMs;
      expect(trace.makespanMs).toBeGreaterThanOrEqual(predictedMs - 2 * CALLS.length);
      expect(trace.makespanMs).toBeLessThanOrEqual(
        predictedMs + lateMs + HOP_SLACK_MS * CALLS.length,
      );
    },
  );

  it('with compensation, never ends a call before its latency, and says what it subtracted', async () => {
    const lateness = watchTimerLateness();
    const { trace, compensationMs } = await run(
      CALLS,
      { name: 'promise-all' },
      { compensate: true },
    );
    const lateMs = lateness.stop();
    expect(compensationMs).toBeGreaterThan(0);
    // As the model has them for the times the calls took (a busy machine may swap two ends).
    const replay = await simulateFanOut(
      CALLS.map((call, i) => ({ ...call, latencyMs: durationOf(trace.calls[i]) })),
      { name: 'promise-all' },
    );
    const pairs = overlapShape(replay, lateMs + HOP_SLACK_MS);
    expect(shapeFor(pairs, trace, HOP_SLACK_MS)).toEqual(pairs);
    for (const call of trace.calls) {
      const durationMs = call.endedAtMs - call.startedAtMs;
      expect(durationMs).toBeGreaterThanOrEqual(call.latencyMs - 1e-6);
      expect(durationMs).toBeLessThanOrEqual(call.latencyMs + lateMs + HOP_SLACK_MS);
    }
  });

  it('emits every start and end as it happens, with times since the run started', async () => {
    const events: RunEvent[] = [];
    const calledAtMs = performance.now();
    let firstEventAtMs = Number.NaN;
    const { trace } = await run(
      CALLS.slice(0, 2),
      { name: 'sequential' },
      {
        onEvent: (e) => {
          if (events.length === 0) firstEventAtMs = performance.now();
          events.push(e);
        },
      },
    );
    expect(events.map((e) => e.type)).toEqual([
      'call-start',
      'call-end',
      'call-start',
      'call-end',
      'request-settled',
    ]);
    expect(events[0]).toEqual({
      type: 'call-start',
      request: 0,
      index: 0,
      atMs: expect.any(Number),
    });
    expect(events[3]).toEqual({ type: 'call-end', span: trace.calls[1] });
    // Since the run started: the first start lies between the run's t = 0 (at or after the call
    // to run) and the moment its event arrived.
    expect(trace.calls[0]?.startedAtMs).toBeGreaterThanOrEqual(0);
    expect(trace.calls[0]?.startedAtMs).toBeLessThanOrEqual(firstEventAtMs - calledAtMs);
  });
});

describe('calibration', () => {
  it('measures a sane positive overhead, once, and notifies subscribers', async () => {
    const lateness = watchTimerLateness();
    const fresh = createLiveEngine({ baseUrl: BASE_URL, calibration: { samples: 6 } });
    let notified = 0;
    const measured = new Promise<void>((resolve) =>
      fresh.subscribe(() => {
        notified += 1;
        resolve();
      }),
    );
    expect(fresh.calibration()).toBeNull();
    await measured;
    const lateMs = lateness.stop();
    const calibration = fresh.calibration();
    // Outliers are dropped (calibrate.ts), so up to the 6 asked for are kept.
    expect(calibration?.samples).toBeGreaterThan(0);
    expect(calibration?.samples).toBeLessThanOrEqual(6);
    expect(calibration?.overheadMs).toBeGreaterThan(0);
    expect(calibration?.requestCpuMs).toBeGreaterThan(0);
    expect(calibration?.attempts).toBeGreaterThanOrEqual(1);
    // A sample is one mocked hop: no larger than what delayed plain timers beside it, plus a hop.
    expect(calibration?.overheadMs).toBeLessThanOrEqual(lateMs + HOP_SLACK_MS);
    expect(calibration?.spreadMs).toBeGreaterThanOrEqual(0);
    expect(fresh.calibrationProblem()).toBeNull();
    expect(notified).toBe(1);
  });

  for (const compensate of [true, false]) {
    it(`a first run (compensation ${compensate ? 'on' : 'off'}) sends nothing before the mock path is warm and measured`, async () => {
      const runs: string[] = [];
      server.events.on('request:start', ({ request }) => {
        runs.push(new URL(request.url).searchParams.get('run') ?? '');
      });
      const fresh = createLiveEngine({ baseUrl: BASE_URL, calibration: { samples: 3 } });
      await fresh.run(
        CALLS,
        { name: 'promise-all' },
        {
          signal: new AbortController().signal,
          compensate,
          onEvent: () => {},
        },
      );
      server.events.removeAllListeners();
      const firstOfRun = runs.findIndex((id) => id !== 'calibration');
      expect(firstOfRun).toBeGreaterThan(0);
      expect(runs.slice(firstOfRun)).toHaveLength(CALLS.length);
      expect(fresh.calibration()).not.toBeNull();
    });
  }

  it('keeps a failure as a problem to show, and a compensated run still runs and says so', async () => {
    server.use(http.get(UPSTREAM_PATH, () => HttpResponse.error()));
    const fresh = createLiveEngine({ baseUrl: BASE_URL, calibration: { samples: 2 } });
    await new Promise<void>((resolve) => fresh.subscribe(resolve));
    expect(fresh.calibration()).toBeNull();
    expect(fresh.calibrationProblem()).toMatch(/could not reach the mocked service/);
    server.resetHandlers();
    server.use(http.get(UPSTREAM_PATH, () => HttpResponse.error(), { once: true }));
    const result = await fresh.run(
      fixedCalls([10]),
      { name: 'sequential' },
      {
        signal: new AbortController().signal,
        compensate: true,
        onEvent: () => {},
      },
    );
    expect(result.compensationMs).toBe(0);
    expect(result.reliability.notes[0]).toMatch(
      /overhead could not be measured .* no compensation/,
    );
  });
});

describe('aborting a run', () => {
  it('rejects at once with the reason, and no event arrives after the abort', async () => {
    const controller = new AbortController();
    const reason = new Error('reset by the test');
    const events: Array<RunEvent['type']> = [];
    const eventsAfterAbort: RunEvent[] = [];
    let lateness: TimerLateness | undefined;
    let abortedAtMs = Number.NaN;
    const abort = () => {
      lateness = watchTimerLateness();
      abortedAtMs = performance.now();
      controller.abort(reason);
    };
    const running = run(
      fixedCalls([40, 200, 200]),
      { name: 'promise-all' },
      {
        signal: controller.signal,
        onEvent: (e) => {
          if (controller.signal.aborted) eventsAfterAbort.push(e);
          events.push(e.type);
          // Aborted once the first call has ended (an event, not a delay: on a busy machine a
          // delay could land before that end or after the others).
          if (e.type === 'call-end') queueMicrotask(abort);
        },
      },
    );
    await expect(running).rejects.toBe(reason);
    // At once: no later than plain timers beside it (the other calls answer after 200 ms).
    expect(performance.now() - abortedAtMs).toBeLessThanOrEqual(
      (lateness?.stop() ?? Number.NaN) + HOP_SLACK_MS,
    );
    // Past the moment the handlers' responses would have come back.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(eventsAfterAbort).toEqual([]);
    expect(events).toEqual(['call-start', 'call-start', 'call-start', 'call-end']);
  });

  it('stops a throttle waiting for its next start (a wait the model starts without a signal)', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const timeoutsBefore = timeouts();
    const controller = new AbortController();
    const spec: ModelSpec = {
      name: 'throttled',
      limit: null,
      throttle: { kind: 'sliding', cap: 1, windowMs: 5_000 },
    };
    let lateness: TimerLateness | undefined;
    let abortedAtMs = Number.NaN;
    // Stopped once the first call has ended, while the second waits for the throttle's window.
    const running = run(fixedCalls([10, 10]), spec, {
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type !== 'call-end') return;
        queueMicrotask(() => {
          lateness = watchTimerLateness();
          abortedAtMs = performance.now();
          controller.abort('stop');
        });
      },
    });
    await expect(running).rejects.toBe('stop');
    // At once (the window would open after 5 s): no later than plain timers beside it.
    expect(performance.now() - abortedAtMs).toBeLessThanOrEqual(
      (lateness?.stop() ?? Number.NaN) + HOP_SLACK_MS,
    );
    // The throttle's 5 s timer and the run monitor's ticker are gone, not left to fire later.
    expect(timeouts()).toBe(timeoutsBefore);
  });

  it('rejects a run whose signal is already aborted without sending anything', async () => {
    const events: RunEvent[] = [];
    await expect(
      run(
        CALLS,
        { name: 'promise-all' },
        { signal: AbortSignal.abort('gone'), onEvent: (e) => events.push(e) },
      ),
    ).rejects.toBe('gone');
    expect(events).toEqual([]);
  });
});

describe('failures', () => {
  it('rejects with the handler’s own explanation when a call is answered 400', async () => {
    await expect(run(fixedCalls([600_001]))).rejects.toThrow(
      /Call 1 \(session\) of request 1 failed: \/upstream\/session\?ms=600001&.* answered 400 Bad Request\. The "ms" query parameter must be a whole number from 0 to 600000/,
    );
  });

  it('stops the other calls when one fails, and emits nothing after', async () => {
    const events: RunEvent[] = [];
    let rejectedAtMs = Number.POSITIVE_INFINITY;
    const lateness = watchTimerLateness();
    const startedAtMs = performance.now();
    await expect(
      run(
        fixedCalls([150, 600_001]),
        { name: 'promise-all' },
        {
          onEvent: (e) => {
            if (performance.now() >= rejectedAtMs) events.push(e);
          },
        },
      ).finally(() => (rejectedAtMs = performance.now())),
    ).rejects.toThrow(/answered 400/);
    // At the 400, answered at once: not after the 150 ms call, nor later than plain timers beside.
    expect(performance.now() - startedAtMs).toBeLessThanOrEqual(lateness.stop() + HOP_SLACK_MS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toEqual([]);
  });

  it('says the worker is probably not in control when something else answers', async () => {
    server.use(
      http.get(UPSTREAM_PATH, () => new HttpResponse('<html>Not Found</html>', { status: 404 })),
    );
    await expect(run(fixedCalls([10]))).rejects.toThrow(
      /answered 404 Not Found\. This is not an answer of the mocked services, so the mock service worker probably does not control the page/,
    );
  });

  it(`refuses more than MAX_LIVE_CALLS (${MAX_LIVE_CALLS}) calls before sending any`, async () => {
    const events: RunEvent[] = [];
    await expect(
      run(
        fixedCalls(new Array<number>(MAX_LIVE_CALLS + 1).fill(1)),
        { name: 'promise-all' },
        {
          onEvent: (e) => events.push(e),
        },
      ),
    ).rejects.toThrow(/at most 1000 calls .* this one has 1001\. Run it on the virtual engine/);
    expect(events).toEqual([]);
  });
});
