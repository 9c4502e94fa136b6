import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrivalTimesMs } from './arrivalTimes.ts';
import { predictServer } from './predictServer.ts';
import { workerCountOf } from './serverSpec.ts';
import { inFlightAtClient, peakOf, waitingAtClient } from './serverStats.ts';
import { simulateServer } from './simulateServer.ts';
import { fixedCallSpecs, serverInput, smallServers } from './testing/serverInputs.ts';
import { serverTimeline } from './testing/serverTimeline.ts';

/** An instant in whole microseconds, the step every time of a run is a multiple of. */
const micros = (ms: number): number => Math.round(ms * 1000);

describe('simulateServer with open arrivals', () => {
  it('sends each request at its Poisson due time, however many are in flight', async () => {
    const input = serverInput(
      { requests: 6, concurrency: 1, arrival: 'open', arrivalRatePerSec: 20 },
      { name: 'sequential' },
      [500],
    );
    const trace = await simulateServer(input);
    const due = [...arrivalTimesMs(input.server, input.seed)];
    expect(trace.requests.map((r) => r.intendedAtMs)).toEqual(due);
    expect(trace.requests.map((r) => r.sentAtMs)).toEqual(due);
    // C = 1 binds nothing: several requests are in flight at once and none waits at the client.
    expect(peakOf(inFlightAtClient(trace.requests))).toBeGreaterThan(1);
    expect(peakOf(waitingAtClient(trace.requests))).toBe(0);
  });

  it('queues requests FIFO for the worker from their arrival (one sync worker, 100 ms each)', async () => {
    const input = serverInput(
      { requests: 4, arrival: 'open', arrivalRatePerSec: 10 },
      { name: 'sequential' },
      [100],
    );
    const due = [...arrivalTimesMs(input.server, input.seed)];
    const trace = await simulateServer(input);
    // Lindley's recursion by hand: start = max(due, previous end), end = start + 100.
    let freeAtMs = 0;
    const expected = due.map((d) => {
      const startedAtMs = Math.max(d, freeAtMs);
      freeAtMs = startedAtMs + 100;
      return { startedAtMs, endedAtMs: freeAtMs };
    });
    expect(
      trace.requests.map(({ startedAtMs, endedAtMs }) => ({ startedAtMs, endedAtMs })),
    ).toEqual(expected);
    expect(serverTimeline(trace, 100).split('\n')).toHaveLength(8);
  });

  it('matches the direct FIFO prediction exactly on small open servers', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallServers,
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 1000 }),
        async (base, ratePerSec, latencies, seed) => {
          const server = { ...base, arrival: 'open' as const, arrivalRatePerSec: ratePerSec };
          const input = {
            server,
            handler: { name: 'sequential' as const },
            calls: fixedCallSpecs(latencies),
            seed,
          };
          const trace = await simulateServer(input);
          const predicted = predictServer(input);
          // Exact to the microsecond: the engine adds a request's call latencies one by one to
          // a fractional arrival, the prediction adds their sum, so the last bits may differ.
          expect(trace.requests.map((r) => micros(r.startedAtMs))).toEqual(
            predicted.startedAtMs.map(micros),
          );
          expect(trace.requests.map((r) => micros(r.endedAtMs))).toEqual(
            predicted.endedAtMs.map(micros),
          );
          expect(predicted.slots).toBe(Math.min(workerCountOf(server), server.requests));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps every call draw when only the rate changes', async () => {
    const calls = [{ service: 'db', latency: { kind: 'uniform', minMs: 10, maxMs: 900 } } as const];
    const run = (arrivalRatePerSec: number) =>
      simulateServer({
        server: { ...serverInput({}, { name: 'sequential' }).server, requests: 50 },
        handler: { name: 'sequential' },
        calls,
        seed: 3,
      }).then((closed) =>
        simulateServer({
          server: {
            ...serverInput(
              { requests: 50, arrival: 'open', arrivalRatePerSec },
              { name: 'sequential' },
            ).server,
          },
          handler: { name: 'sequential' },
          calls,
          seed: 3,
        }).then((open) => ({ closed, open })),
      );
    const slow = await run(2);
    const fast = await run(40);
    const drawn = (t: typeof slow.open) => t.calls.map((c) => micros(c.endedAtMs - c.startedAtMs));
    expect(drawn(slow.open)).toEqual(drawn(fast.open));
    expect(drawn(slow.open)).toEqual(drawn(slow.closed));
  });
});

describe('arrivalTimesMs', () => {
  const spec = serverInput(
    { requests: 100_000, arrival: 'open', arrivalRatePerSec: 50 },
    {
      name: 'sequential',
    },
  ).server;

  it('puts every closed request at t = 0', () => {
    const closed = { ...spec, arrival: 'closed' as const, requests: 5 };
    expect([...arrivalTimesMs(closed, 1)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('draws non-decreasing whole-microsecond instants whose gaps average 1000 / rate ms', () => {
    const times = arrivalTimesMs(spec, 7);
    let previous = 0;
    let sumGap = 0;
    let sumSquares = 0;
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(previous);
      expect(Math.abs(t * 1000 - Math.round(t * 1000))).toBeLessThan(1e-6);
      const gap = t - previous;
      sumGap += gap;
      sumSquares += gap * gap;
      previous = t;
    }
    const n = times.length;
    const mean = sumGap / n;
    const sd = Math.sqrt(sumSquares / n - mean * mean);
    // Exponential gaps of mean 20 ms: within 4 standard errors (a false failure has p < 1e-4),
    // and the standard deviation equals the mean (an exponential's signature) within 2 %.
    expect(Math.abs(mean - 20)).toBeLessThan((4 * 20) / Math.sqrt(n));
    expect(Math.abs(sd / mean - 1)).toBeLessThan(0.02);
  }, 30_000);

  it('scales every instant by 1 / rate, so a faster rate is the same process compressed', () => {
    const slow = arrivalTimesMs({ ...spec, requests: 1000, arrivalRatePerSec: 5 }, 9);
    const fast = arrivalTimesMs({ ...spec, requests: 1000, arrivalRatePerSec: 50 }, 9);
    slow.forEach((t, i) => {
      // Each is rounded to the µs on its own: the difference is at most a rounding step.
      expect(Math.abs(t / 10 - (fast[i] as number))).toBeLessThanOrEqual(0.0011);
    });
  });
});
