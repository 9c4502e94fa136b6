import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { faultSetupOf } from '../core/faults/faultSetup.ts';
import { MAX_LIVE_CALLS } from '../core/limits.ts';
import type { LiveRunResult } from '../core/liveTypes.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import { predict } from '../core/predict.ts';
import type { FanOutPolicyOptions } from '../core/runFanOut.ts';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls, type Scenario } from '../core/scenario.ts';
import { simulateFanOut } from '../core/simulate.ts';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import type { RunEvent, Trace } from '../core/trace.ts';
import { UPSTREAM_PATH, createUpstreamHandlers } from '../mocks/handlers.ts';
import { createLiveEngine } from './liveEngine.ts';

// The real handlers answer real fetch() calls in Node through msw/node, as the worker does in
// the browser. Timing bounds are generous: these tests check structure, not precision.
const server = setupServer(...createUpstreamHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BASE_URL = 'http://localhost';
const CALLS = fixedCalls([60, 120, 180, 240]);
const engine = createLiveEngine({ baseUrl: BASE_URL, calibration: { samples: 8 } });

const run = (
  calls = CALLS,
  spec: ModelSpec = { name: 'sequential' },
  options: {
    signal?: AbortSignal;
    compensate?: boolean;
    onEvent?: (e: RunEvent) => void;
    faults?: FanOutPolicyOptions;
  } = {},
): Promise<LiveRunResult> =>
  engine.run(calls, spec, {
    signal: options.signal ?? new AbortController().signal,
    compensate: options.compensate ?? false,
    onEvent: options.onEvent ?? (() => {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });

/**
 * What a timeline's shape is, without its exact times: the order calls (and local work, `W`)
 * start and end in, ties going by list order, and which pairs overlap in time.
 */
function structureOf(trace: Trace) {
  const spans = [
    ...trace.calls.map((c) => ({ name: String(c.index), start: c.startedAtMs, end: c.endedAtMs })),
    ...trace.work.map((w) => ({ name: 'W', start: w.startedAtMs, end: w.endedAtMs })),
  ];
  const orderBy = (key: 'start' | 'end') =>
    spans
      .map((span, i) => ({ ...span, i }))
      .sort((a, b) => a[key] - b[key] || a.i - b.i)
      .map((span) => span.name)
      .join(' ');
  const overlaps: string[] = [];
  for (const [i, a] of spans.entries()) {
    for (const b of spans.slice(i + 1)) {
      if (a.start < b.end && b.start < a.end) overlaps.push(`${a.name}~${b.name}`);
    }
  }
  return { starts: orderBy('start'), ends: orderBy('end'), overlaps };
}

const MODELS: ReadonlyArray<[string, ModelSpec]> = [
  ['sequential', { name: 'sequential' }],
  ['promise-all', { name: 'promise-all' }],
  ['worker-pool(2)', { name: 'worker-pool', limit: 2 }],
  [
    'throttled sliding (cap 2, window 100)',
    { name: 'throttled', limit: null, throttle: { kind: 'sliding', cap: 2, windowMs: 100 } },
  ],
  ['batches(2)', { name: 'batches', limit: 2 }],
  ['offload(300)', { name: 'offload', workMs: 300 }],
];

describe('the live engine runs the same model code as the virtual one', () => {
  it.each(MODELS)('%s: same start order, end order and overlaps', async (_name, spec) => {
    const virtual = await simulateFanOut(CALLS, spec);
    const { trace, compensationMs } = await run(CALLS, spec);
    expect(compensationMs).toBe(0);
    expect(structureOf(trace)).toEqual(structureOf(virtual));
    for (const call of trace.calls) {
      expect(call.status).toBe('ok');
      // Node's timers may fire up to 1 ms early; the mock's overhead adds a little.
      const durationMs = call.endedAtMs - call.startedAtMs;
      expect(durationMs).toBeGreaterThanOrEqual(call.latencyMs - 2);
      expect(durationMs).toBeLessThanOrEqual(call.latencyMs + 60);
    }
    const predictedMs = predict(
      CALLS.map((c) => c.latencyMs),
      spec,
    ).makespanMs;
    expect(Math.abs(trace.makespanMs - predictedMs)).toBeLessThanOrEqual(0.25 * predictedMs + 50);
  });

  it('with compensation, never ends a call before its latency, and says what it subtracted', async () => {
    const { trace, compensationMs } = await run(
      CALLS,
      { name: 'promise-all' },
      { compensate: true },
    );
    expect(compensationMs).toBeGreaterThan(0);
    for (const call of trace.calls) {
      const durationMs = call.endedAtMs - call.startedAtMs;
      expect(durationMs).toBeGreaterThanOrEqual(call.latencyMs - 1e-6);
      expect(durationMs).toBeLessThanOrEqual(call.latencyMs + 30);
    }
  });

  it('emits every start and end as it happens, with times since the run started', async () => {
    const events: RunEvent[] = [];
    const { trace } = await run(
      CALLS.slice(0, 2),
      { name: 'sequential' },
      {
        onEvent: (e) => events.push(e),
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
    expect(trace.calls[0]?.startedAtMs).toBeLessThan(5);
  });
});

describe('calibration', () => {
  it('measures a sane positive overhead, once, and notifies subscribers', async () => {
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
    const calibration = fresh.calibration();
    expect(calibration?.samples).toBe(6);
    expect(calibration?.overheadMs).toBeGreaterThan(0);
    expect(calibration?.overheadMs).toBeLessThan(50);
    expect(calibration?.spreadMs).toBeGreaterThanOrEqual(0);
    expect(fresh.calibrationProblem()).toBeNull();
    expect(notified).toBe(1);
  });

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
    let abortedAtMs = Number.POSITIVE_INFINITY;
    const eventsAfterAbort: RunEvent[] = [];
    const running = run(
      fixedCalls([40, 200, 200]),
      { name: 'promise-all' },
      {
        signal: controller.signal,
        onEvent: (e) => {
          events.push(e.type);
          if (performance.now() >= abortedAtMs) eventsAfterAbort.push(e);
        },
      },
    );
    setTimeout(() => {
      abortedAtMs = performance.now();
      controller.abort(reason);
    }, 100);
    await expect(running).rejects.toBe(reason);
    expect(performance.now() - abortedAtMs).toBeLessThan(20);
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
    const running = run(fixedCalls([10, 10]), spec, { signal: controller.signal });
    setTimeout(() => controller.abort('stop'), 50);
    const startedAtMs = performance.now();
    await expect(running).rejects.toBe('stop');
    expect(performance.now() - startedAtMs).toBeLessThan(200);
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
      /Call 0 \(session\) of request 0 failed: \/upstream\/session\?ms=600001&.* answered 400 Bad Request\. The "ms" query parameter must be a whole number from 0 to 600000/,
    );
  });

  it('stops the other calls when one fails, and emits nothing after', async () => {
    const events: RunEvent[] = [];
    let rejectedAtMs = Number.POSITIVE_INFINITY;
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
    expect(performance.now() - startedAtMs).toBeLessThan(100);
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

/** Four services with fixed latencies of 20 to 80 ms: every copy of a call takes the same. */
const FAULTY: Scenario = {
  ...DEFAULT_SCENARIO,
  calls: [
    { service: 'session', latency: { kind: 'fixed', ms: 20 } },
    { service: 'business', latency: { kind: 'fixed', ms: 40 } },
    { service: 'user', latency: { kind: 'fixed', ms: 60 } },
    { service: 'reviews', latency: { kind: 'fixed', ms: 80 } },
  ],
  errorRates: [{ service: '*', pct: 30 }],
  hangRates: [{ service: '*', pct: 15 }],
  busyRates: [{ service: '*', pct: 15 }],
  hangForMs: 300,
  retryAfterS: 0,
  retries: 2,
  backoffMs: 10,
  jitter: 'none',
  timeoutMs: 150,
};

/** A scenario's planned calls, model and fault setup, and its virtual run with its events. */
async function virtualRunOf(scenario: Scenario) {
  const faults = faultSetupOf(scenario);
  if (faults === undefined) throw new Error('the scenario has no faults');
  const calls = planCalls(scenario.calls, scenario.seed);
  const spec = modelSpecOf(scenario);
  const events: RunEvent[] = [];
  const trace = await simulateFanOut(calls, spec, { faults, onEvent: (e) => events.push(e) });
  return { calls, spec, faults, trace, events };
}

/**
 * How far a live run's times are from the virtual run's, beyond what is allowed: 25 ms, plus 10 %
 * of the virtual time for the mock's overhead that adds up along a chain of copies; <= 0 is fine.
 */
function timeExcessMs(live: Trace, virtual: Trace): number {
  const virtualTimes = timesOf(virtual);
  return Math.max(
    ...timesOf(live).map((ms, i) => {
      const expectedMs = virtualTimes[i] ?? Number.NaN;
      return Math.abs(ms - expectedMs) - (25 + 0.1 * expectedMs);
    }),
  );
}

/** Each call's status and its copies (which copy, hedge or not, how it ended), in order. */
function copiesOf(trace: Trace) {
  return trace.calls.map((call) => ({
    status: call.status,
    copies: (call.attempts ?? []).map((a) => `${a.attempt}${a.hedge ? 'h' : ''}:${a.outcome}`),
  }));
}

/** Every time of a trace (calls, copies, the request's end), in one list, to compare two runs. */
function timesOf(trace: Trace): number[] {
  return [
    trace.outcome?.settledAtMs ?? Number.NaN,
    trace.makespanMs,
    ...trace.calls.flatMap((call) => [
      call.startedAtMs,
      call.endedAtMs,
      ...(call.attempts ?? []).flatMap((a) => [a.startedAtMs, a.endedAtMs]),
    ]),
  ];
}

/**
 * The order of each call's events, without times (the types, which copy, how it ended). Per
 * call: two calls' events due at the same instant (a tie, common with fixed latencies and one
 * timeout) may come in either order live; the times compared below place them.
 */
function eventOrderOf(events: readonly RunEvent[]): Map<number, string[]> {
  const byCall = new Map<number, string[]>();
  for (const e of events) {
    // -1: the request's own events (request-settled).
    const index = e.type === 'call-end' ? e.span.index : 'index' in e ? e.index : -1;
    byCall.set(index, [...(byCall.get(index) ?? []), describeEvent(e)]);
  }
  return byCall;
}

function describeEvent(e: RunEvent): string {
  switch (e.type) {
    case 'attempt-start':
      return `${e.type} ${e.index}.${e.attempt}`;
    case 'attempt-end':
      return `${e.type} ${e.index}.${e.span.attempt} ${e.span.outcome}`;
    case 'call-start':
      return `${e.type} ${e.index}`;
    case 'call-end':
      return `${e.type} ${e.span.index} ${e.span.status}`;
    case 'request-settled':
      return `${e.type} ${e.outcome.status}`;
    default:
      return e.type;
  }
}

const FAULT_SCENARIOS: ReadonlyArray<[string, Scenario]> = [
  // ok; busy, error, error (failed); ok; busy, error, timeout (timeout).
  [
    'promise-all, allSettled (seed 183)',
    { ...FAULTY, model: 'promise-all', settle: 'allSettled', seed: 183 },
  ],
  // Fails fast at call 0's third timeout; the pool still sends the rest (sendsEveryCall).
  [
    'worker-pool(2), Promise.all (seed 189)',
    { ...FAULTY, model: 'worker-pool', limit: 2, seed: 189 },
  ],
  ['sequential, Promise.all (seed 188)', { ...FAULTY, model: 'sequential', seed: 188 }],
  [
    'promise-all, hedged at 100 ms, timeout 250 ms (seed 183)',
    {
      ...FAULTY,
      model: 'promise-all',
      settle: 'allSettled',
      seed: 183,
      hedgeMs: 100,
      timeoutMs: 250,
    },
  ],
];

describe('live runs with faults replay the virtual run of the same seed', () => {
  it.each(FAULT_SCENARIOS)(
    '%s: same statuses, same copies in the same order, same times',
    async (_name, scenario) => {
      const virtual = await virtualRunOf(scenario);
      // The structure must match on every run. Times depend on the machine's load (the mocks
      // run on this thread): a run whose times are off is tried again, twice at most.
      let excessMs = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && excessMs > 0; attempt += 1) {
        const events: RunEvent[] = [];
        const { trace: live } = await run(virtual.calls, virtual.spec, {
          faults: virtual.faults,
          compensate: true,
          onEvent: (e) => events.push(e),
        });
        expect(copiesOf(live)).toEqual(copiesOf(virtual.trace));
        expect(live.outcome?.status).toBe(virtual.trace.outcome?.status);
        expect(live.outcome?.failedCall).toBe(virtual.trace.outcome?.failedCall);
        expect(eventOrderOf(events)).toEqual(eventOrderOf(virtual.events));
        expect(timesOf(live)).toHaveLength(timesOf(virtual.trace).length);
        excessMs = Math.min(excessMs, timeExcessMs(live, virtual.trace));
      }
      expect(excessMs).toBeLessThanOrEqual(0);
    },
  );

  it('the seeds above show every way a copy fails', async () => {
    const outcomes = new Set<string>();
    for (const [, scenario] of FAULT_SCENARIOS) {
      const faults = faultSetupOf(scenario);
      const trace = await simulateFanOut(
        planCalls(scenario.calls, scenario.seed),
        modelSpecOf(scenario),
        {
          ...(faults ? { faults } : {}),
        },
      );
      for (const call of trace.calls) for (const a of call.attempts ?? []) outcomes.add(a.outcome);
    }
    expect([...outcomes].sort()).toEqual(
      expect.arrayContaining(['busy', 'error', 'ok', 'timeout']),
    );
  });
});

describe('live runs with faults', () => {
  const failFirst: Scenario = {
    ...DEFAULT_SCENARIO,
    model: 'promise-all',
    calls: FAULTY.calls,
    errorRates: [{ service: 'session', pct: 100 }],
  };

  it('fail fast: the request fails at the first failed call, the others run on', async () => {
    const faults = faultSetupOf(failFirst);
    const events: RunEvent[] = [];
    const { trace } = await run(planCalls(failFirst.calls, 1), modelSpecOf(failFirst), {
      ...(faults ? { faults } : {}),
      onEvent: (e) => events.push(e),
    });
    expect(trace.outcome).toEqual({
      status: 'failed',
      settledAtMs: expect.any(Number),
      failedCall: 0,
    });
    const settledAtMs = trace.outcome?.settledAtMs ?? Number.NaN;
    expect(settledAtMs).toBeGreaterThanOrEqual(19);
    expect(settledAtMs).toBeLessThan(20 + 25);
    expect(trace.calls.map((c) => c.status)).toEqual(['failed', 'ok', 'ok', 'ok']);
    expect(trace.makespanMs).toBeGreaterThanOrEqual(79);
    expect(trace.makespanMs).toBeGreaterThan(settledAtMs + 50);
    // The calls still running report after the request settled, and every copy has its events.
    const types = events.map((e) => e.type);
    expect(types.indexOf('request-settled')).toBeLessThan(types.lastIndexOf('call-end'));
    expect(types.filter((t) => t === 'attempt-start')).toHaveLength(4);
    expect(types.filter((t) => t === 'attempt-end')).toHaveLength(4);
  });

  it('a timeout aborts a hung call near its deadline, and its service stops waiting', async () => {
    const hangs: Scenario = {
      ...failFirst,
      errorRates: [],
      hangRates: [{ service: 'reviews', pct: 100 }],
      hangForMs: 10_000,
      timeoutMs: 120,
    };
    const faults = faultSetupOf(hangs);
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    const startedAtMs = performance.now();
    try {
      const { trace } = await run(planCalls(hangs.calls, 1), modelSpecOf(hangs), {
        ...(faults ? { faults } : {}),
      });
      expect(performance.now() - startedAtMs).toBeLessThan(120 + 60);
      const reviews = trace.calls[3];
      expect(reviews?.status).toBe('timeout');
      expect(reviews?.attempts).toEqual([
        expect.objectContaining({ attempt: 0, outcome: 'timeout', latencyMs: 10_000 }),
      ]);
      const tookMs = (reviews?.endedAtMs ?? 0) - (reviews?.startedAtMs ?? 0);
      expect(tookMs).toBeGreaterThanOrEqual(119);
      expect(tookMs).toBeLessThan(120 + 20);
      expect(trace.outcome?.status).toBe('failed');
      // The mocked service's 10 s wait was dropped with the copy, not left to fire later.
      const hangTimers = setTimer.mock.calls.flatMap(([, ms], i) =>
        ms === 10_000 ? [setTimer.mock.results[i]?.value] : [],
      );
      expect(hangTimers).toHaveLength(1);
      expect(clearTimer.mock.calls.some(([timer]) => timer === hangTimers[0])).toBe(true);
    } finally {
      setTimer.mockRestore();
      clearTimer.mockRestore();
    }
  });

  it('with compensation, a failed copy still lands at its latency', async () => {
    const faults = faultSetupOf(failFirst);
    const { trace, compensationMs } = await run(
      planCalls(failFirst.calls, 1),
      modelSpecOf(failFirst),
      {
        ...(faults ? { faults } : {}),
        compensate: true,
      },
    );
    expect(compensationMs).toBeGreaterThan(0);
    const failed = trace.calls[0]?.attempts?.[0];
    expect(failed?.outcome).toBe('error');
    const tookMs = (failed?.endedAtMs ?? 0) - (failed?.startedAtMs ?? 0);
    expect(tookMs).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(tookMs).toBeLessThan(20 + 15);
  });
});
