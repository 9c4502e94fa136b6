import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from './modelSpec.ts';
import { predict } from './predict.ts';
import { simulateFanOut } from './simulate.ts';
import { latencyLists, modelSpecs } from './testing/arbitraries.ts';
import { fixedCalls } from './testing/timelineOf.ts';

const connectionCounts = fc.integer({ min: 1, max: 8 });

describe('predict with a per-host connection cap', () => {
  it('predicts twelve 500 ms calls of promise-all over 6 connections as two waves', () => {
    const prediction = predict(Array(12).fill(500), { name: 'promise-all' }, 6);
    expect(prediction.startsMs).toEqual(Array(12).fill(0));
    expect(prediction.endsMs).toEqual([...Array(6).fill(500), ...Array(6).fill(1000)]);
    expect(prediction.queuedMs).toEqual([...Array(6).fill(0), ...Array(6).fill(500)]);
    expect(prediction.makespanMs).toBe(1000);
  });

  it('leaves the prediction without a cap as it was (no queued phase)', () => {
    const prediction = predict(Array(12).fill(500), { name: 'promise-all' });
    expect(prediction.makespanMs).toBe(500);
    expect(prediction).not.toHaveProperty('queuedMs');
  });

  it('composes a worker pool of 8 with 6 connections exactly: sends early, ends as a pool of 6', () => {
    const latencies = [100, 200, 300, 400, 500, 600, 700, 800, 50, 50];
    const prediction = predict(latencies, { name: 'worker-pool', limit: 8 }, 6);
    // Calls 7 and 8 are sent at 0 (the model's slots) but wait for the first connections free;
    // call 9, sent at 100, waits for call 3's connection (300), call 10 for call 9's (350).
    expect(prediction.startsMs).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 100, 200]);
    expect(prediction.queuedMs).toEqual([0, 0, 0, 0, 0, 0, 100, 200, 200, 150]);
    expect(prediction.endsMs).toEqual([100, 200, 300, 400, 500, 600, 800, 1000, 350, 400]);
  });

  it('predicts promise-all over N connections like a worker pool of N', () => {
    fc.assert(
      fc.property(latencyLists(), connectionCounts, (latencies, connections) => {
        const capped = predict(latencies, { name: 'promise-all' }, connections);
        const pool = predict(latencies, { name: 'worker-pool', limit: connections });
        expect(capped.endsMs).toEqual(pool.endsMs);
        expect(capped.makespanMs).toBe(pool.makespanMs);
      }),
    );
  });

  it('predicts a worker pool of k over N connections ending like a worker pool of min(k, N)', () => {
    fc.assert(
      fc.property(
        latencyLists(),
        fc.integer({ min: 1, max: 12 }),
        connectionCounts,
        (latencies, limit, connections) => {
          const capped = predict(latencies, { name: 'worker-pool', limit }, connections);
          const smaller = predict(latencies, {
            name: 'worker-pool',
            limit: Math.min(limit, connections),
          });
          expect(capped.endsMs).toEqual(smaller.endsMs);
        },
      ),
    );
  });

  it('matches the virtual engine exactly for every model and cap: sends, queue and ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        latencyLists(30),
        modelSpecs,
        connectionCounts,
        async (latencies, spec: ModelSpec, connections) => {
          const trace = await simulateFanOut(fixedCalls(latencies), spec, {
            wire: { connections, protocol: 'http/1.1', setupMs: 0, keepAlive: true },
          });
          const prediction = predict(latencies, spec, connections);
          expect(trace.calls.map((c) => c.startedAtMs)).toEqual(prediction.startsMs);
          expect(trace.calls.map((c) => c.wire?.queuedMs)).toEqual(prediction.queuedMs);
          expect(trace.calls.map((c) => c.endedAtMs)).toEqual(prediction.endsMs);
          expect(trace.makespanMs).toBe(prediction.makespanMs);
        },
      ),
      { numRuns: 300 },
    );
  });
});
