import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSpecs } from '../testing/arbitraries.ts';
import { simulateServer } from '../server/simulateServer.ts';
import { drawnCallLists, smallServers } from '../server/testing/serverInputs.ts';
import { littlesLaw } from './littlesLaw.ts';
import { measuredUtilisation } from './utilisation.ts';
import { workerCountOf } from '../server/serverSpec.ts';
import type { RequestSpan } from '../server/serverTrace.ts';

const span = (intendedAtMs: number, endedAtMs: number): RequestSpan => ({
  index: 0,
  intendedAtMs,
  sentAtMs: intendedAtMs,
  startedAtMs: intendedAtMs,
  freedAtMs: endedAtMs,
  endedAtMs,
  worker: 0,
  process: 0,
});

describe("Little's law", () => {
  it('adds the area under the count in the system, by hand', () => {
    // In the system: [0, 100), [50, 250), [200, 300): the count is 1, 2, 1, 2, 1 over
    // [0, 50, 100, 200, 250, 300): area 50 + 100 + 100 + 100 + 50 = 400 = 100 + 200 + 100.
    const law = littlesLaw([span(0, 100), span(50, 250), span(200, 300)]);
    expect(law).toMatchObject({
      windowMs: 300,
      areaMsTimesRequests: 400,
      sumOfLatenciesMs: 400,
      throughputPerSec: 10,
    });
    expect(law?.timeAverageInSystem).toBeCloseTo(4 / 3, 12);
    expect(law?.throughputTimesLatency).toBeCloseTo(4 / 3, 12);
  });

  it('holds exactly on every simulated run, closed or open, over its own window', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallServers,
        fc.constantFrom('closed' as const, 'open' as const),
        fc.integer({ min: 1, max: 500_000 }).map((thousandths) => thousandths / 1000),
        fc.integer({ min: 0, max: 20_000 }).map((micros) => micros / 1000),
        modelSpecs,
        drawnCallLists,
        fc.integer({ min: 0, max: 1000 }),
        async (base, arrival, arrivalRatePerSec, requestOverheadMs, handler, calls, seed) => {
          const server = { ...base, arrival, arrivalRatePerSec, requestOverheadMs };
          const trace = await simulateServer({ server, handler, calls, seed });
          const law = littlesLaw(trace.requests);
          // No window only when the run took no time (every call 0 ms, no overhead).
          expect(law === null).toBe(trace.makespanMs === 0);
          if (law === null) return;
          // The window is the run's own: from 0 to its last response, to the whole microsecond
          // the law counts in (arrivals are whole µs, but a token bucket's refill is not: at 3
          // a second a token comes every 333.333... ms).
          expect(Math.abs(law.windowMs - trace.makespanMs)).toBeLessThanOrEqual(0.0005 + 1e-9);
          // The two sides are sums of whole microseconds: equal exactly, not approximately.
          expect(law.areaMsTimesRequests).toBe(law.sumOfLatenciesMs);
          expect(law.timeAverageInSystem).toBeCloseTo(law.throughputTimesLatency, 9);
          const rho = measuredUtilisation(trace.requests, workerCountOf(server), law.windowMs);
          expect(rho).toBeGreaterThanOrEqual(0);
          expect(rho).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
    // 200 virtual runs: seconds on a busy shared 2-core host, not the default 5 s.
  }, 60_000);

  it('is null for a run that took no time', () => {
    expect(littlesLaw([span(0, 0)])).toBeNull();
  });
});
