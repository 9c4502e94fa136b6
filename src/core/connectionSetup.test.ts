import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WireModel } from './connectionPool.ts';
import type { ModelSpec } from './modelSpec.ts';
import { predict } from './predict.ts';
import { simulateFanOut } from './simulate.ts';
import { latencyLists, modelSpecs } from './testing/arbitraries.ts';
import { fixedCalls } from './testing/timelineOf.ts';

const wire = (fields: Partial<WireModel>): WireModel => ({
  connections: 6,
  protocol: 'http/1.1',
  setupMs: 30,
  keepAlive: true,
  ...fields,
});

const SEQUENTIAL: ModelSpec = { name: 'sequential' };
const PROMISE_ALL: ModelSpec = { name: 'promise-all' };

describe('connection set-up on the virtual engine', () => {
  it('keep-alive: ten sequential 50 ms calls pay a 30 ms set-up once (530 ms)', async () => {
    const trace = await simulateFanOut(fixedCalls(Array(10).fill(50)), SEQUENTIAL, {
      wire: wire({ connections: 1 }),
    });
    expect(trace.makespanMs).toBe(530);
    expect(trace.calls.map((call) => call.wire?.connectMs)).toEqual([30, ...Array(9).fill(0)]);
    expect(trace.calls[1]?.wire).toMatchObject({ queuedMs: 0, connectMs: 0, waitingMs: 50 });
  });

  it('Connection: close: every call pays the set-up again (800 ms)', async () => {
    const trace = await simulateFanOut(fixedCalls(Array(10).fill(50)), SEQUENTIAL, {
      wire: wire({ connections: 1, keepAlive: false }),
    });
    expect(trace.makespanMs).toBe(800);
    expect(trace.calls.every((call) => call.wire?.connectMs === 30)).toBe(true);
  });

  it('keep-alive: twelve calls at once open six connections, and calls 7-12 reuse them', async () => {
    const trace = await simulateFanOut(fixedCalls(Array(12).fill(500)), PROMISE_ALL, {
      wire: wire({}),
    });
    expect(trace.calls.map((c) => [c.wire?.queuedMs, c.wire?.connectMs, c.endedAtMs])).toEqual([
      ...Array(6).fill([0, 30, 530]),
      ...Array(6).fill([530, 0, 1030]),
    ]);
  });

  it('HTTP/2: every call sent before its one connection is up waits for it, once', async () => {
    const trace = await simulateFanOut(fixedCalls(Array(12).fill(500)), PROMISE_ALL, {
      wire: wire({ protocol: 'h2', connections: null }),
    });
    expect(trace.makespanMs).toBe(530);
    expect(trace.calls.every((call) => call.wire?.connectMs === 30)).toBe(true);
  });

  it('predicts every model with set-up, reuse or close, and either protocol, exactly as it runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        latencyLists(25),
        modelSpecs,
        fc.record({
          connections: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
          protocol: fc.constantFrom('http/1.1' as const, 'h2' as const),
          setupMs: fc.constantFrom(0, 1, 30, 100),
          keepAlive: fc.boolean(),
        }),
        async (latencies, spec, model) => {
          // A throttle sends on its own timer: when it fires at the very instant a connection
          // frees, the engine may open a new connection where the formulas reuse the free one
          // (one set-up apart, on exact ties only); with no set-up the two are the same.
          fc.pre(spec.name !== 'throttled' || model.setupMs === 0);
          const trace = await simulateFanOut(fixedCalls(latencies), spec, { wire: model });
          const prediction = predict(latencies, spec, model);
          expect(trace.calls.map((c) => c.startedAtMs)).toEqual(prediction.startsMs);
          expect(trace.calls.map((c) => c.wire?.queuedMs)).toEqual(prediction.queuedMs);
          expect(trace.calls.map((c) => c.wire?.connectMs)).toEqual(prediction.connectMs);
          expect(trace.calls.map((c) => c.endedAtMs)).toEqual(prediction.endsMs);
        },
      ),
      { numRuns: 400 },
    );
  });
});
