import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../modelSpec.ts';
import { predict } from '../predict.ts';
import { latencyLists, modelSpecs } from '../testing/arbitraries.ts';
import { predictServer } from './predictServer.ts';
import type { ServerRunInput } from './serverRunInput.ts';
import { workerCountOf, workersPerProcessOf } from './serverSpec.ts';
import { busyWorkers, inFlightAtClient, peakOf, servedByUpstream } from './serverStats.ts';
import type { RequestSpan } from './serverTrace.ts';
import { simulateServer } from './simulateServer.ts';
import { drawnCallLists, fixedCallSpecs, smallServers } from './testing/serverInputs.ts';

/** Pairs of requests one worker held at once (their spans on that worker overlap). */
function overlapsOnOneWorker(requests: readonly RequestSpan[]): number {
  const byWorker = new Map<number, RequestSpan[]>();
  for (const r of requests) byWorker.set(r.worker, [...(byWorker.get(r.worker) ?? []), r]);
  let overlaps = 0;
  for (const spans of byWorker.values()) {
    const sorted = [...spans].sort((a, b) => a.startedAtMs - b.startedAtMs);
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1] as RequestSpan;
      if ((sorted[i] as RequestSpan).startedAtMs < previous.endedAtMs) overlaps += 1;
    }
  }
  return overlaps;
}

/**
 * How far two lists of instants differ, for comparing engine and prediction: 0 is expected for
 * whole ms. The token bucket's interval (1000 / rate) is fractional, and the engine adds it to
 * absolute instants where the prediction adds it to 0, so the last bits may differ there.
 */
function largestDifferenceMs(actual: readonly number[], expected: readonly number[]): number {
  let largest = actual.length === expected.length ? 0 : Infinity;
  actual.forEach((ms, i) => {
    largest = Math.max(largest, Math.abs(ms - (expected[i] ?? NaN)));
  });
  return Number.isNaN(largest) ? Infinity : largest;
}

const toleranceMs = (handler: ModelSpec): number =>
  handler.name === 'throttled' && handler.throttle.kind === 'bucket' ? 1e-6 : 0;

const caps = fc.option(fc.integer({ min: 1, max: 12 }), { nil: null });

/**
 * Small servers with an upstream cap (or none) and a per-call overhead: what the checks on the
 * upstream side vary, drawn in one place so they all range over the same servers.
 */
const cappedServers = fc
  .tuple(smallServers, caps, fc.integer({ min: 0, max: 20 }))
  .map(([base, upstreamCap, callOverheadMs]) => ({ ...base, upstreamCap, callOverheadMs }));

describe('simulateServer properties', () => {
  it('with equal requests and no upstream bound, total = ceil(N / min(W, C)) x S', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallServers,
        modelSpecs,
        latencyLists(6),
        async (server, handler, latencies) => {
          const input = { server, handler, calls: fixedCallSpecs(latencies), seed: 1 };
          const trace = await simulateServer(input);
          const s = predict(latencies, handler).makespanMs;
          const slots = Math.min(workerCountOf(server), server.concurrency);
          const expected = Math.ceil(server.requests / slots) * s;
          expect(Math.abs(trace.makespanMs - expected)).toBeLessThanOrEqual(toleranceMs(handler));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a worker serve two requests, the client exceed C, or the upstream its cap', async () => {
    await fc.assert(
      fc.asyncProperty(
        cappedServers,
        modelSpecs,
        drawnCallLists,
        async (server, handler, calls) => {
          const { upstreamCap, callOverheadMs } = server;
          const trace = await simulateServer({ server, handler, calls, seed: 3 });
          expect(overlapsOnOneWorker(trace.requests)).toBe(0);
          for (const r of trace.requests) {
            expect(r.worker).toBeLessThan(workerCountOf(server));
            expect(r.process).toBe(Math.floor(r.worker / workersPerProcessOf(server)));
          }
          expect(peakOf(busyWorkers(trace.requests))).toBeLessThanOrEqual(workerCountOf(server));
          expect(peakOf(inFlightAtClient(trace.requests))).toBeLessThanOrEqual(server.concurrency);
          const cap = upstreamCap ?? Infinity;
          expect(peakOf(servedByUpstream(trace.calls))).toBeLessThanOrEqual(cap);
          const { calls: spans } = trace;
          const served = spans.map((c) => c.endedAtMs - c.upstreamStartedAtMs);
          const setUp = spans.map((c) => c.upstreamArrivedAtMs - c.startedAtMs);
          const tolerance = toleranceMs(handler);
          expect(
            largestDifferenceMs(
              served,
              spans.map((c) => c.latencyMs),
            ),
          ).toBeLessThanOrEqual(tolerance);
          expect(
            largestDifferenceMs(
              setUp,
              spans.map(() => callOverheadMs),
            ),
          ).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sends and starts requests in index order (both queues are FIFO)', async () => {
    await fc.assert(
      fc.asyncProperty(smallServers, modelSpecs, drawnCallLists, async (server, handler, calls) => {
        const { requests } = await simulateServer({ server, handler, calls, seed: 5 });
        for (let i = 1; i < requests.length; i += 1) {
          const [a, b] = [requests[i - 1] as RequestSpan, requests[i] as RequestSpan];
          expect(b.sentAtMs).toBeGreaterThanOrEqual(a.sentAtMs);
          expect(b.startedAtMs).toBeGreaterThanOrEqual(a.startedAtMs);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("equals predictServer's list scheduling whenever the upstream cannot bind", async () => {
    await fc.assert(
      fc.asyncProperty(
        cappedServers,
        modelSpecs,
        drawnCallLists,
        fc.integer({ min: 0, max: 50 }),
        async (capped, handler, calls, requestOverheadMs) => {
          const server = { ...capped, requestOverheadMs };
          const input: ServerRunInput = { server, handler, calls, seed: 9 };
          const prediction = predictServer(input);
          fc.pre(!prediction.upstreamMayBind);
          const trace = await simulateServer(input);
          const { requests } = trace;
          const tolerance = toleranceMs(handler);
          const starts = requests.map((r) => r.startedAtMs);
          const ends = requests.map((r) => r.endedAtMs);
          expect(largestDifferenceMs(starts, prediction.startedAtMs)).toBeLessThanOrEqual(
            tolerance,
          );
          expect(largestDifferenceMs(ends, prediction.endedAtMs)).toBeLessThanOrEqual(tolerance);
          expect(Math.abs(trace.makespanMs - prediction.makespanMs)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes at least the prediction when the upstream may bind (it is a lower bound)', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallServers,
        fc.integer({ min: 1, max: 4 }),
        modelSpecs,
        drawnCallLists,
        async (base, upstreamCap, handler, calls) => {
          const input: ServerRunInput = {
            server: { ...base, upstreamCap },
            handler,
            calls,
            seed: 2,
          };
          const prediction = predictServer(input);
          const trace = await simulateServer(input);
          const excessMs = trace.makespanMs - prediction.makespanMs;
          // Never below the prediction; above it only when the upstream may bind.
          expect(excessMs).toBeGreaterThanOrEqual(-toleranceMs(handler));
          expect(prediction.isLowerBound || excessMs <= toleranceMs(handler)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
