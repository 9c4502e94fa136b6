import * as fc from 'fast-check';
import type { Millis } from '../../clock.ts';
import type { ModelSpec } from '../../modelSpec.ts';
import type { CallSpec } from '../../scenario.ts';
import { defaultServiceName } from '../../services.ts';
import type { ServerRunInput } from '../serverRunInput.ts';
import { DEFAULT_SERVER_SPEC, type ServerSpec } from '../serverSpec.ts';

/** Call specs with the given fixed latencies and default service names (test helper). */
export function fixedCallSpecs(latenciesMs: readonly Millis[]): CallSpec[] {
  return latenciesMs.map((ms, i) => ({
    service: defaultServiceName(i),
    latency: { kind: 'fixed', ms },
  }));
}

/** A server run of fixed calls: the server's defaults with `server` on top (test helper). */
export function serverInput(
  server: Partial<ServerSpec>,
  handler: ModelSpec,
  latenciesMs: readonly Millis[] = [125, 250, 375, 500],
): ServerRunInput {
  return {
    server: { ...DEFAULT_SERVER_SPEC, ...server },
    handler,
    calls: fixedCallSpecs(latenciesMs),
    seed: 1,
  };
}

/** Small servers: N, C, processes and, half the time, greenlets instead of threads. */
export const smallServers: fc.Arbitrary<ServerSpec> = fc
  .record({
    requests: fc.integer({ min: 1, max: 40 }),
    concurrency: fc.integer({ min: 1, max: 12 }),
    processes: fc.integer({ min: 1, max: 4 }),
    threads: fc.integer({ min: 1, max: 4 }),
    greenlets: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  })
  .map((server) => ({ ...DEFAULT_SERVER_SPEC, ...server }));

/** Call lists of varying latencies (each request draws its own): uniform and long-tailed. */
export const drawnCallLists: fc.Arbitrary<CallSpec[]> = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }))
        .map(([a, b]): CallSpec['latency'] => ({
          kind: 'uniform',
          minMs: Math.min(a, b),
          maxMs: Math.max(a, b),
        })),
      fc.constant<CallSpec['latency']>({ kind: 'lognormal', p50Ms: 50, p99Ms: 400 }),
      fc.integer({ min: 0, max: 300 }).map((ms): CallSpec['latency'] => ({ kind: 'fixed', ms })),
    ),
    { maxLength: 6 },
  )
  .map((latencies) => latencies.map((latency, i) => ({ service: defaultServiceName(i), latency })));
