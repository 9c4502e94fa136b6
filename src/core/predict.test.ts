import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predict } from './predict.ts';
import { simulateFanOut } from './simulate.ts';
import { latencyLists, modelSpecs } from './testing/arbitraries.ts';
import { fixedCalls } from './testing/timelineOf.ts';

describe('predict', () => {
  it('gives the same timeline as the engine for every model and random calls', async () => {
    await fc.assert(
      fc.asyncProperty(latencyLists(), modelSpecs, async (latencies, spec) => {
        const trace = await simulateFanOut(fixedCalls(latencies), spec);
        const prediction = predict(latencies, spec);
        expect(trace.calls.map((c) => c.startedAtMs)).toEqual(prediction.startsMs);
        expect(trace.calls.map((c) => c.endedAtMs)).toEqual(prediction.endsMs);
        expect(trace.makespanMs).toBe(prediction.makespanMs);
        expect(trace.work.length).toBe(prediction.work ? 1 : 0);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the closed forms: sum for sequential, max for promise-all', () => {
    fc.assert(
      fc.property(latencyLists(), (latencies) => {
        const sum = latencies.reduce((a, b) => a + b, 0);
        expect(predict(latencies, { name: 'sequential' }).makespanMs).toBe(sum);
        expect(predict(latencies, { name: 'promise-all' }).makespanMs).toBe(
          Math.max(0, ...latencies),
        );
      }),
    );
  });

  it('starts call i at floor(i / cap) * window under fixed and sliding throttles with no bound', () => {
    fc.assert(
      fc.property(
        latencyLists(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom('fixed' as const, 'sliding' as const),
        (latencies, cap, windowMs, kind) => {
          const { startsMs } = predict(latencies, {
            name: 'throttled',
            limit: null,
            throttle: { kind, cap, windowMs },
          });
          expect(startsMs).toEqual(latencies.map((_, i) => Math.floor(i / cap) * windowMs));
        },
      ),
    );
  });
});
