import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConnectionPool, type WireModel } from './connectionPool.ts';
import type { ModelSpec } from './modelSpec.ts';
import { DEFAULT_POLICY, type CallPolicy } from './policy/callPolicy.ts';
import { simulateFanOut } from './simulate.ts';
import { modelSpecs } from './testing/arbitraries.ts';
import { scriptedPlanner, type ScriptedCopy } from './testing/faultyTimelineOf.ts';
import { fixedCalls } from './testing/timelineOf.ts';
import type { Trace, WirePhases } from './trace.ts';

const HTTP1 = (connections: number): WireModel => ({
  connections,
  protocol: 'http/1.1',
  setupMs: 0,
  keepAlive: true,
});
const H2: WireModel = { connections: null, protocol: 'h2', setupMs: 0, keepAlive: true };
const PROMISE_ALL: ModelSpec = { name: 'promise-all' };

function run(latenciesMs: readonly number[], spec: ModelSpec, wire: WireModel | null) {
  return simulateFanOut(fixedCalls(latenciesMs), spec, { wire });
}

function faultyRun(
  latenciesMs: readonly number[],
  spec: ModelSpec,
  wire: WireModel,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy>,
) {
  return simulateFanOut(fixedCalls(latenciesMs), spec, {
    wire,
    faults: { policy: { ...DEFAULT_POLICY, ...policy }, plan: scriptedPlanner(script), seed: 1 },
  });
}

/** Every copy of every call with its phases: [sent, holding from, ended]. */
function copiesOf(trace: Trace) {
  return trace.calls.flatMap((span) => {
    const copies = span.attempts ?? [span];
    return copies.map((copy) => {
      const wire = copy.wire as WirePhases;
      return {
        sentAtMs: copy.startedAtMs,
        heldFromMs: copy.startedAtMs + wire.queuedMs,
        endedAtMs: copy.endedAtMs,
        wire,
      };
    });
  });
}

describe('ConnectionPool', () => {
  it('grants waiters in arrival order, and a waiter aborted while queued leaves the queue', async () => {
    const pool = new ConnectionPool(1);
    const granted: string[] = [];
    await pool.acquire(undefined);
    const second = new AbortController();
    const b = pool.acquire(second.signal).then(
      () => granted.push('b'),
      (reason: unknown) => granted.push(`b rejected: ${String(reason)}`),
    );
    const c = pool.acquire(undefined).then(() => granted.push('c'));
    const d = pool.acquire(undefined).then(() => granted.push('d'));
    second.abort('gone');
    pool.release(true);
    await Promise.all([b, c]);
    expect(granted).toEqual(['b rejected: gone', 'c']);
    expect(pool.held).toBe(1);
    pool.release(true);
    await d;
    expect(granted).toEqual(['b rejected: gone', 'c', 'd']);
    pool.release(true);
    expect(pool.held).toBe(0);
  });
});

describe('the virtual engine with a connection cap', () => {
  it('ends twelve 500 ms calls of promise-all over 6 connections at 500 ms (6) and 1000 ms (6)', async () => {
    const trace = await run(Array(12).fill(500), PROMISE_ALL, HTTP1(6));
    expect(trace.calls.map((call) => call.endedAtMs)).toEqual([
      ...Array(6).fill(500),
      ...Array(6).fill(1000),
    ]);
    expect(trace.makespanMs).toBe(1000);
    // Call 7 was sent at 0 (Promise.all) and waited in the browser for the first wave.
    const seventh = trace.calls[6];
    expect(seventh?.startedAtMs).toBe(0);
    expect(seventh?.wire).toEqual({
      queuedMs: 500,
      connectMs: 0,
      waitingMs: 500,
      downloadMs: 0,
      protocol: 'http/1.1',
    });
    expect(trace.calls[0]?.wire?.queuedMs).toBe(0);
  });

  it('ends every call of the same run at 500 ms over h2 (one multiplexed connection)', async () => {
    const trace = await run(Array(12).fill(500), PROMISE_ALL, H2);
    expect(trace.calls.map((call) => call.endedAtMs)).toEqual(Array(12).fill(500));
    expect(trace.calls.every((call) => call.wire?.queuedMs === 0)).toBe(true);
    expect(trace.calls[6]?.wire?.protocol).toBe('h2');
  });

  it('leaves a worker pool of 4 under a cap of 6 unchanged, with no copy queued', async () => {
    const latencies = [125, 250, 375, 500, 90, 410, 30, 220, 600, 75];
    const spec: ModelSpec = { name: 'worker-pool', limit: 4 };
    const capped = await run(latencies, spec, HTTP1(6));
    const free = await run(latencies, spec, null);
    const times = (trace: Trace) => trace.calls.map((c) => [c.startedAtMs, c.endedAtMs]);
    expect(times(capped)).toEqual(times(free));
    expect(capped.calls.every((call) => call.wire?.queuedMs === 0)).toBe(true);
    expect(free.calls.every((call) => call.wire === undefined)).toBe(true);
  });

  it('hands connections out first come, first served', async () => {
    const trace = await run([300, 100, 50, 50, 50], PROMISE_ALL, HTTP1(2));
    const phases = trace.calls.map((call) => [call.wire?.queuedMs, call.endedAtMs]);
    expect(phases).toEqual([
      [0, 300],
      [0, 100],
      [100, 150],
      [150, 200],
      [200, 250],
    ]);
  });

  it('frees the connection of a copy that timed out at once, and a queued copy that timed out leaves the queue', async () => {
    const trace = await faultyRun(
      [1000, 100, 100],
      PROMISE_ALL,
      HTTP1(1),
      {},
      {
        timeoutMs: 300,
        settle: 'allSettled',
      },
    );
    expect(trace.calls.map((call) => call.status)).toEqual(['timeout', 'timeout', 'timeout']);
    const [first, second] = copiesOf(trace);
    expect(first?.wire).toMatchObject({ queuedMs: 0, waitingMs: 300 });
    expect(first?.endedAtMs).toBe(300);
    expect(second?.wire).toMatchObject({ queuedMs: 300, waitingMs: 0 });
    expect(trace.makespanMs).toBe(300);
  });

  it('queues a retry behind calls that waited longer', async () => {
    const trace = await faultyRun(
      [100, 100],
      PROMISE_ALL,
      HTTP1(1),
      { 0: ['error', 'ok'] },
      {
        retries: 1,
        backoffMs: 0,
        jitter: 'none',
      },
    );
    const [first, retry, other] = copiesOf(trace);
    expect([first?.sentAtMs, first?.heldFromMs, first?.endedAtMs]).toEqual([0, 0, 100]);
    expect([other?.sentAtMs, other?.heldFromMs, other?.endedAtMs]).toEqual([0, 100, 200]);
    expect([retry?.sentAtMs, retry?.heldFromMs, retry?.endedAtMs]).toEqual([100, 200, 300]);
  });

  it('makes a hedge wait behind the copy it hedges when one connection is all there is', async () => {
    const trace = await faultyRun([1000], PROMISE_ALL, HTTP1(1), {}, { hedgeMs: 200 });
    const attempts = trace.calls[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.hedge, a.startedAtMs, a.endedAtMs, a.outcome])).toEqual([
      [false, 0, 1000, 'ok'],
      [true, 200, 1000, 'cancelled'],
    ]);
    expect(attempts[1]?.wire).toMatchObject({ queuedMs: 800, waitingMs: 0 });
  });

  it('never lets more than N copies hold a connection, and each phase adds up to its copy', async () => {
    const copyScript = fc.constantFrom<ScriptedCopy>('ok', 'ok', 'error', 'busy', 'hang');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 16 }),
        modelSpecs,
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(copyScript, { maxLength: 3 }), { maxLength: 16 }),
        fc.record({
          retries: fc.integer({ min: 0, max: 2 }),
          timeoutMs: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
          hedgeMs: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
          backoffMs: fc.integer({ min: 0, max: 50 }),
          cancelOnFailure: fc.boolean(),
          settle: fc.constantFrom('all' as const, 'allSettled' as const),
        }),
        async (latencies, spec, connections, scripts, policy) => {
          const script = Object.fromEntries(scripts.map((copies, index) => [index, copies]));
          const trace = await faultyRun(latencies, spec, HTTP1(connections), script, {
            ...policy,
            retryAfterS: 0,
          } as Partial<CallPolicy>);
          const copies = copiesOf(trace).filter((copy) => copy.wire !== undefined);
          for (const copy of copies) {
            const { queuedMs, waitingMs } = copy.wire;
            expect(queuedMs).toBeGreaterThanOrEqual(0);
            expect(waitingMs).toBeGreaterThanOrEqual(0);
            expect(copy.sentAtMs + queuedMs + waitingMs).toBe(copy.endedAtMs);
          }
          // At every instant a copy takes its connection, count the copies holding one then
          // ([heldFrom, ended), and a copy that held it for 0 ms never overlapped another).
          const holding = copies.filter((copy) => copy.endedAtMs > copy.heldFromMs);
          for (const at of holding.map((copy) => copy.heldFromMs)) {
            const held = holding.filter((c) => c.heldFromMs <= at && at < c.endedAtMs).length;
            expect(held).toBeLessThanOrEqual(connections);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
