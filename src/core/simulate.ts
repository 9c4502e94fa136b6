import { connectionPoolTransport, type WireModel } from './connectionPool.ts';
import { sleepingTransport } from './faults/sleepingTransport.ts';
import { createModel, sendsEveryCall } from './models/createModel.ts';
import type { ModelSpec } from './modelSpec.ts';
import type { PlannedCall } from './plannedCall.ts';
import { LightAbortController } from './policy/lightAbort.ts';
import { runFanOut, type FanOutPolicyOptions } from './runFanOut.ts';
import { makespanOf } from './stats.ts';
import type { RunEvent, Trace } from './trace.ts';
import { runOnVirtualClock, VirtualClock, type VirtualRunOptions } from './virtualClock.ts';

export interface SimulateOptions extends VirtualRunOptions {
  readonly onEvent?: (event: RunEvent) => void;
  /** Faults and call policy (docs/faults.md); absent = every call answers, once. */
  readonly faults?: FanOutPolicyOptions;
  /** See FanOutRunOptions.sendsEveryCall; defaults to what models/createModel.ts says of `spec`. */
  readonly sendsEveryCall?: boolean;
  /**
   * The browser's connections to the upstream (connectionCap.ts `wireModelOf`); absent = none:
   * every call is on the wire from its send, and no copy reports WirePhases.
   */
  readonly wire?: WireModel | null;
}

/**
 * The virtual engine for one request: runs the model's real async code on a virtual clock, where
 * each call takes exactly its drawn latency. Instant and deterministic.
 */
export async function simulateFanOut(
  calls: readonly PlannedCall[],
  spec: ModelSpec,
  options: SimulateOptions = {},
): Promise<Trace> {
  const clock = new VirtualClock();
  const result = await runOnVirtualClock(
    clock,
    () =>
      runFanOut({
        clock,
        calls,
        model: createModel(spec),
        readyAtMs: 0,
        transport: options.wire
          ? connectionPoolTransport(clock, options.wire, sleepingTransport(clock))
          : sleepingTransport(clock),
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
        ...(options.faults ? { faults: options.faults } : {}),
        sendsEveryCall: options.sendsEveryCall ?? sendsEveryCall(spec),
        // Copies here only ever reach the virtual clock, so the light controller will do.
        createAbortController: () => new LightAbortController(),
      }),
    options,
  );
  return {
    calls: result.calls,
    work: result.work,
    makespanMs: makespanOf(result),
    outcome: result.outcome,
  };
}
