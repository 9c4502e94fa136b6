import * as fc from 'fast-check';
import type { ModelSpec, ThrottleSpec } from '../modelSpec.ts';

/** Latency lists that exercise ties (a few distinct values) and zero latency. */
export const latencyLists = (maxLength = 40): fc.Arbitrary<number[]> =>
  fc.oneof(
    fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength }),
    fc.array(fc.constantFrom(0, 50, 100, 250), { maxLength }),
  );

const limits = fc.integer({ min: 1, max: 12 });

export const throttleSpecs: fc.Arbitrary<ThrottleSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('sliding' as const),
    cap: fc.integer({ min: 1, max: 6 }),
    windowMs: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({
    kind: fc.constant('fixed' as const),
    cap: fc.integer({ min: 1, max: 6 }),
    windowMs: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({ kind: fc.constant('spacing' as const), minTimeMs: fc.integer({ min: 0, max: 300 }) }),
  fc.record({
    kind: fc.constant('bucket' as const),
    burst: fc.integer({ min: 1, max: 6 }),
    ratePerSec: fc.constantFrom(0.5, 1, 2, 3, 4, 8, 10, 1000),
  }),
);

export const modelSpecs: fc.Arbitrary<ModelSpec> = fc.oneof(
  fc.constant({ name: 'sequential' as const }),
  fc.constant({ name: 'promise-all' as const }),
  fc.record({ name: fc.constant('worker-pool' as const), limit: limits }),
  fc.record({ name: fc.constant('batches' as const), limit: limits }),
  fc.record({ name: fc.constant('offload' as const), workMs: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({
    name: fc.constant('throttled' as const),
    throttle: throttleSpecs,
    limit: fc.option(limits, { nil: null }),
  }),
);
