import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { LiveRunResult } from '../../core/liveTypes.ts';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { PlannedCall } from '../../core/plannedCall.ts';
import type { FanOutPolicyOptions } from '../../core/runFanOut.ts';
import { fixedCalls } from '../../core/testing/timelineOf.ts';
import type { RunEvent } from '../../core/trace.ts';
import { createUpstreamHandlers } from '../../mocks/handlers.ts';
import { createLiveEngine } from '../liveEngine.ts';

/** What the live engine's tests resolve the mocked services' paths against. */
export const BASE_URL = 'http://localhost';

/** The talk-like calls most live tests run: 60 to 240 ms. */
export const CALLS = fixedCalls([60, 120, 180, 240]);

/**
 * A live engine against the real handlers, answering real fetch() calls in Node through
 * msw/node as the worker does in the browser (test helper). Registers the mock server's
 * lifecycle in the calling test file.
 */
export function liveEngineHarness() {
  const server = setupServer(...createUpstreamHandlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const engine = createLiveEngine({ baseUrl: BASE_URL, calibration: { samples: 8 } });
  const run = (
    calls: readonly PlannedCall[] = CALLS,
    spec: ModelSpec = { name: 'sequential' },
    options: {
      signal?: AbortSignal;
      compensate?: boolean;
      onEvent?: (e: RunEvent) => void;
      faults?: FanOutPolicyOptions;
      timeScale?: number;
      marginMs?: number;
    } = {},
  ): Promise<LiveRunResult> =>
    engine.run(calls, spec, {
      signal: options.signal ?? new AbortController().signal,
      compensate: options.compensate ?? false,
      onEvent: options.onEvent ?? (() => {}),
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
      ...(options.marginMs === undefined ? {} : { marginMs: options.marginMs }),
    });
  return { server, engine, run };
}
