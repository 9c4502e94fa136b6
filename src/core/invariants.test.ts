import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCalls, type CallSpec } from './scenario.ts';
import { simulateFanOut } from './simulate.ts';
import { runStats } from './stats.ts';
import type { Trace } from './trace.ts';
import { latencyLists, modelSpecs, throttleSpecs } from './testing/arbitraries.ts';
import { fixedCalls } from './testing/timelineOf.ts';

/**
 * Checks a property on 200 random runs of the throttled model under a sliding or fixed window
 * throttle (random latencies, cap, window, and a concurrency limit or none). The two window
 * throttles must keep the same promise, so they are drawn and simulated in one place.
 */
async function forWindowThrottledRuns(
  kind: 'sliding' | 'fixed',
  check: (run: { trace: Trace; cap: number; windowMs: number }) => void,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      latencyLists(),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 400 }),
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      async (latencies, cap, windowMs, limit) => {
        const trace = await simulateFanOut(fixedCalls(latencies), {
          name: 'throttled',
          limit,
          throttle: { kind, cap, windowMs },
        });
        check({ trace, cap, windowMs });
      },
    ),
    { numRuns: 200 },
  );
}

describe('engine invariants', () => {
  it('a worker pool never has more than limit calls in flight', async () => {
    await fc.assert(
      fc.asyncProperty(latencyLists(), fc.integer({ min: 1, max: 8 }), async (latencies, limit) => {
        const trace = await simulateFanOut(fixedCalls(latencies), { name: 'worker-pool', limit });
        expect(runStats(trace).peakCallsInFlight).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });

  it('a throttle with a limit never has more than limit calls in flight', async () => {
    await fc.assert(
      fc.asyncProperty(
        latencyLists(),
        throttleSpecs,
        fc.integer({ min: 1, max: 5 }),
        async (latencies, throttle, limit) => {
          const trace = await simulateFanOut(fixedCalls(latencies), {
            name: 'throttled',
            throttle,
            limit,
          });
          expect(runStats(trace).peakCallsInFlight).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a sliding throttle never starts more than cap calls in any window', async () => {
    await forWindowThrottledRuns('sliding', ({ trace, cap, windowMs }) => {
      const starts = trace.calls.map((c) => c.startedAtMs).sort((a, b) => a - b);
      // Any window [t, t + windowMs) holding cap + 1 starts would have s[i + cap] - s[i] < windowMs.
      for (let i = 0; i + cap < starts.length; i += 1) {
        expect((starts[i + cap] as number) - (starts[i] as number)).toBeGreaterThanOrEqual(
          windowMs,
        );
      }
    });
  });

  it('a fixed-window throttle never starts more than cap calls in one window', async () => {
    await forWindowThrottledRuns('fixed', ({ trace, cap, windowMs }) => {
      const perWindow = new Map<number, number>();
      for (const c of trace.calls) {
        const k = Math.floor(c.startedAtMs / windowMs);
        perWindow.set(k, (perWindow.get(k) ?? 0) + 1);
      }
      for (const count of perWindow.values()) expect(count).toBeLessThanOrEqual(cap);
    });
  });

  it('a token bucket never starts more than burst + rate x elapsed calls in any interval', async () => {
    await fc.assert(
      fc.asyncProperty(
        latencyLists(25),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(0.5, 1, 3, 4, 10),
        async (latencies, burst, ratePerSec) => {
          const trace = await simulateFanOut(fixedCalls(latencies), {
            name: 'throttled',
            limit: null,
            throttle: { kind: 'bucket', burst, ratePerSec },
          });
          const s = trace.calls.map((c) => c.startedAtMs);
          for (let i = 0; i < s.length; i += 1) {
            for (let j = i; j < s.length; j += 1) {
              const allowed = burst + (((s[j] as number) - (s[i] as number)) * ratePerSec) / 1000;
              expect(j - i + 1).toBeLessThanOrEqual(allowed + 1e-9);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('every model starts calls in list order, never before they are ready, and sends each once', async () => {
    await fc.assert(
      fc.asyncProperty(latencyLists(), modelSpecs, async (latencies, spec) => {
        const trace = await simulateFanOut(fixedCalls(latencies), spec);
        expect(trace.calls.map((c) => c.index)).toEqual(latencies.map((_, i) => i));
        trace.calls.forEach((c, i) => {
          expect(c.startedAtMs).toBeGreaterThanOrEqual(c.readyAtMs);
          expect(c.endedAtMs).toBe(c.startedAtMs + (latencies[i] ?? NaN));
          expect(c.startedAtMs).toBeGreaterThanOrEqual(trace.calls[i - 1]?.startedAtMs ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed gives the same run, and another seed other draws', async () => {
    const calls: CallSpec[] = [
      { service: 'session', latency: { kind: 'uniform', minMs: 50, maxMs: 500 } },
      { service: 'user', latency: { kind: 'lognormal', p50Ms: 100, p99Ms: 900 } },
      { service: 'ads', latency: { kind: 'uniform', minMs: 0, maxMs: 1000 } },
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 32 - 1 }), modelSpecs, async (seed, spec) => {
        const first = await simulateFanOut(planCalls(calls, seed), spec);
        const again = await simulateFanOut(planCalls(calls, seed), spec);
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        planCalls(calls, seed)
          .map((c) => c.latencyMs)
          .join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(15);
  });
});
