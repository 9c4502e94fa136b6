import { describe, expect, it, vi } from 'vitest';
import { faultSetupOf } from '../core/faults/faultSetup.ts';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls, type Scenario } from '../core/scenario.ts';
import { simulateFanOut } from '../core/simulate.ts';
import type { RunEvent, Trace } from '../core/trace.ts';
import { liveEngineHarness } from './testing/liveEngineHarness.ts';
import { HOP_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';
import { copiesOf, timesOf } from './testing/traceDigest.ts';

// Faults in live runs (docs/faults.md): the real handlers answer real fetch() calls in Node
// through msw/node, as the worker does in the browser. Structure is compared exactly with the
// virtual engine; a time with its due time plus the lateness of plain timers watched beside the
// run (timerLateness.ts), never with a fixed window.
const { run } = liveEngineHarness();

/**
 * Four services with fixed latencies of 20 to 80 ms: every copy of a call takes the same. A copy
 * races its timeout (and a hedge) live: the deadlines sit 220 ms or more past the slowest answer,
 * so that a busy machine delays the answers without changing which one wins.
 */
const FAULTY: Scenario = {
  ...DEFAULT_SCENARIO,
  fanOut: {
    ...DEFAULT_SCENARIO.fanOut,
    calls: [
      { service: 'session', latency: { kind: 'fixed', ms: 20 } },
      { service: 'business', latency: { kind: 'fixed', ms: 40 } },
      { service: 'user', latency: { kind: 'fixed', ms: 60 } },
      { service: 'reviews', latency: { kind: 'fixed', ms: 80 } },
    ],
  },
  faults: {
    ...DEFAULT_SCENARIO.faults,
    errorRates: [{ service: '*', pct: 30 }],
    hangRates: [{ service: '*', pct: 15 }],
    busyRates: [{ service: '*', pct: 15 }],
    hangForMs: 800,
    retryAfterS: 0,
  },
  policy: { ...DEFAULT_SCENARIO.policy, retries: 2, backoffMs: 10, jitter: 'none', timeoutMs: 400 },
};

/** A scenario's planned calls, model and fault setup, and its virtual run with its events. */
async function virtualRunOf(scenario: Scenario) {
  const faults = faultSetupOf(scenario);
  if (faults === undefined) throw new Error('the scenario has no faults');
  const calls = planCalls(scenario.fanOut.calls, scenario.run.seed);
  const spec = modelSpecOf(scenario.fanOut);
  const events: RunEvent[] = [];
  const trace = await simulateFanOut(calls, spec, { faults, onEvent: (e) => events.push(e) });
  return { calls, spec, faults, trace, events };
}

/**
 * Every live time is the virtual one or later (compensation holds answers; a real sleep never
 * wakes early), and later by at most `lateMs` (how late plain timers beside the run were) plus
 * HOP_SLACK_MS for each copy, since a time sits at the end of a chain of at most every copy.
 */
function expectSameTimes(live: Trace, virtual: Trace, lateMs: number) {
  const virtualTimes = timesOf(virtual);
  const copies = virtual.calls.reduce((sum, call) => sum + (call.attempts?.length ?? 1), 0);
  const liveTimes = timesOf(live);
  expect(liveTimes).toHaveLength(virtualTimes.length);
  liveTimes.forEach((ms, i) => {
    const expectedMs = virtualTimes[i] ?? Number.NaN;
    expect(ms, `time ${i}`).toBeGreaterThanOrEqual(expectedMs - 1e-6);
    expect(ms, `time ${i}`).toBeLessThanOrEqual(expectedMs + lateMs + HOP_SLACK_MS * copies);
  });
}

/**
 * The calls whose failure ended the request (null when none did): more than one when two calls
 * fail at the same instant (seed 189: two timeouts due at 850 ms). Live, either timer may fire
 * first and the request fails at that call; the virtual engine takes the first in list order.
 */
function callsFailingAtTheEnd(trace: Trace): Array<number | null> {
  const settledAtMs = trace.outcome?.settledAtMs;
  if (trace.outcome?.failedCall == null) return [null];
  const tied = trace.calls.flatMap((call, index) =>
    (call.status === 'failed' || call.status === 'timeout') && call.endedAtMs === settledAtMs
      ? [index]
      : [],
  );
  expect(tied).toContain(trace.outcome.failedCall);
  return tied;
}

const failedCallOf = (trace: Trace): number | null => trace.outcome?.failedCall ?? null;

/** Each call's status and its copies (which copy, hedge or not, how it ended), in order. */

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
    {
      ...FAULTY,
      run: { ...FAULTY.run, seed: 183 },
      fanOut: { ...FAULTY.fanOut, model: 'promise-all' },
      policy: { ...FAULTY.policy, settle: 'allSettled' },
    },
  ],
  // Fails fast at call 0's third timeout; the pool still sends the rest (sendsEveryCall).
  [
    'worker-pool(2), Promise.all (seed 189)',
    {
      ...FAULTY,
      run: { ...FAULTY.run, seed: 189 },
      fanOut: { ...FAULTY.fanOut, model: 'worker-pool', limit: 2 },
    },
  ],
  [
    'sequential, Promise.all (seed 188)',
    {
      ...FAULTY,
      run: { ...FAULTY.run, seed: 188 },
      fanOut: { ...FAULTY.fanOut, model: 'sequential' },
    },
  ],
  [
    'promise-all, hedged at 300 ms, timeout 600 ms (seed 183)',
    {
      ...FAULTY,
      run: { ...FAULTY.run, seed: 183 },
      fanOut: { ...FAULTY.fanOut, model: 'promise-all' },
      policy: { ...FAULTY.policy, settle: 'allSettled', hedgeMs: 300, timeoutMs: 600 },
    },
  ],
];

describe('live runs with faults replay the virtual run of the same seed', () => {
  it.each(FAULT_SCENARIOS)(
    '%s: same statuses, same copies in the same order, same times',
    async (_name, scenario) => {
      const virtual = await virtualRunOf(scenario);
      const events: RunEvent[] = [];
      const lateness = watchTimerLateness();
      const { trace: live } = await run(virtual.calls, virtual.spec, {
        faults: virtual.faults,
        compensate: true,
        onEvent: (e) => events.push(e),
      });
      const lateMs = lateness.stop();
      expect(copiesOf(live)).toEqual(copiesOf(virtual.trace));
      expect(live.outcome?.status).toBe(virtual.trace.outcome?.status);
      expect(failedCallOf(live)).toBeOneOf(callsFailingAtTheEnd(virtual.trace));
      expect(eventOrderOf(events)).toEqual(eventOrderOf(virtual.events));
      expectSameTimes(live, virtual.trace, lateMs);
    },
  );

  it('the seeds above show every way a copy fails', async () => {
    const outcomes = new Set<string>();
    for (const [, scenario] of FAULT_SCENARIOS) {
      const faults = faultSetupOf(scenario);
      const trace = await simulateFanOut(
        planCalls(scenario.fanOut.calls, scenario.run.seed),
        modelSpecOf(scenario.fanOut),
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
    fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'promise-all', calls: FAULTY.fanOut.calls },
    faults: { ...DEFAULT_SCENARIO.faults, errorRates: [{ service: 'session', pct: 100 }] },
  };

  it('fail fast: the request fails at the first failed call, the others run on', async () => {
    const faults = faultSetupOf(failFirst);
    const events: RunEvent[] = [];
    const lateness = watchTimerLateness();
    const { trace } = await run(
      planCalls(failFirst.fanOut.calls, 1),
      modelSpecOf(failFirst.fanOut),
      {
        ...(faults ? { faults } : {}),
        onEvent: (e) => events.push(e),
      },
    );
    const lateMs = lateness.stop();
    expect(trace.outcome).toEqual({
      status: 'failed',
      settledAtMs: expect.any(Number),
      failedCall: 0,
    });
    // At the failed call's end (20 ms; Node's timers may fire 1 ms early), no later than plain
    // timers beside the run; the other calls end after it, the last at 80 ms or later.
    const settledAtMs = trace.outcome?.settledAtMs ?? Number.NaN;
    expect(settledAtMs).toBeGreaterThanOrEqual(trace.calls[0]?.endedAtMs ?? Number.NaN);
    expect(settledAtMs).toBeGreaterThanOrEqual(19);
    expect(settledAtMs).toBeLessThanOrEqual(20 + lateMs + HOP_SLACK_MS);
    expect(trace.calls.map((c) => c.status)).toEqual(['failed', 'ok', 'ok', 'ok']);
    expect(trace.makespanMs).toBeGreaterThanOrEqual(79);
    expect(trace.makespanMs).toBeGreaterThan(settledAtMs);
    // The calls still running report after the request settled, and every copy has its events.
    const types = events.map((e) => e.type);
    expect(types.indexOf('request-settled')).toBeLessThan(types.lastIndexOf('call-end'));
    expect(types.filter((t) => t === 'attempt-start')).toHaveLength(4);
    expect(types.filter((t) => t === 'attempt-end')).toHaveLength(4);
  });

  it('a timeout aborts a hung call near its deadline, and its service stops waiting', async () => {
    const hangs: Scenario = {
      ...failFirst,
      faults: {
        ...failFirst.faults,
        errorRates: [],
        hangRates: [{ service: 'reviews', pct: 100 }],
        hangForMs: 10_000,
      },
      policy: { ...failFirst.policy, timeoutMs: 120 },
    };
    const faults = faultSetupOf(hangs);
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    const lateness = watchTimerLateness();
    try {
      const { trace } = await run(planCalls(hangs.fanOut.calls, 1), modelSpecOf(hangs.fanOut), {
        ...(faults ? { faults } : {}),
      });
      const lateMs = lateness.stop();
      const reviews = trace.calls[3];
      expect(reviews?.status).toBe('timeout');
      expect(reviews?.attempts).toEqual([
        expect.objectContaining({ attempt: 0, outcome: 'timeout', latencyMs: 10_000 }),
      ]);
      // Near its deadline: not before it, and no later than plain timers beside the run; the run
      // ends there too (the other calls end by 80 ms), not when the hang would have answered.
      const tookMs = (reviews?.endedAtMs ?? 0) - (reviews?.startedAtMs ?? 0);
      expect(tookMs).toBeGreaterThanOrEqual(119);
      expect(tookMs).toBeLessThanOrEqual(120 + lateMs + HOP_SLACK_MS);
      expect(trace.makespanMs).toBeLessThanOrEqual(120 + lateMs + HOP_SLACK_MS);
      expect(trace.outcome?.status).toBe('failed');
      // The mocked service's 10 s wait was dropped with the copy, not left to fire later.
      const hangTimers = setTimer.mock.calls.flatMap(([, ms], i) =>
        ms === 10_000 ? [setTimer.mock.results[i]?.value] : [],
      );
      expect(hangTimers).toHaveLength(1);
      expect(clearTimer.mock.calls.some(([timer]) => timer === hangTimers[0])).toBe(true);
    } finally {
      lateness.stop();
      setTimer.mockRestore();
      clearTimer.mockRestore();
    }
  });

  it('with compensation, a failed copy still lands at its latency', async () => {
    const faults = faultSetupOf(failFirst);
    const lateness = watchTimerLateness();
    const { trace, compensationMs } = await run(
      planCalls(failFirst.fanOut.calls, 1),
      modelSpecOf(failFirst.fanOut),
      {
        ...(faults ? { faults } : {}),
        compensate: true,
      },
    );
    const lateMs = lateness.stop();
    expect(compensationMs).toBeGreaterThan(0);
    const failed = trace.calls[0]?.attempts?.[0];
    expect(failed?.outcome).toBe('error');
    // Held until its latency like a 200, never sooner, no later than plain timers beside it.
    const tookMs = (failed?.endedAtMs ?? 0) - (failed?.startedAtMs ?? 0);
    expect(tookMs).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(tookMs).toBeLessThanOrEqual(20 + lateMs + HOP_SLACK_MS);
  });
});
