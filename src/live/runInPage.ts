import type { Clock } from '../core/clock.ts';
import type { RunReliability } from '../core/liveTypes.ts';
import { createModel, sendsEveryCall } from '../core/models/createModel.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import { runFanOut, type FanOutPolicyOptions, type Transport } from '../core/runFanOut.ts';
import { makespanOf } from '../core/stats.ts';
import type { RunEvent, Trace } from '../core/trace.ts';
import { boundClock } from './boundClock.ts';
import { createRunMonitor } from './runMonitor.ts';
import { untilAborted } from './untilAborted.ts';

export interface InPageRunOptions {
  readonly calls: readonly PlannedCall[];
  readonly spec: ModelSpec;
  /**
   * Makes the run's clock, t = 0 when made (the live engine's may run at a time scale). It is
   * made just before the model's code starts, after the run's own set-up (the monitor's
   * observers), so that set-up does not count as the first call's wait: on a fresh page it took
   * 0.4-0.6 ms, which the talk's sequential calls carried into their makespan.
   */
  readonly createClock: () => Clock;
  /** Sends each copy for real (to the mocks or to Overlap's server). */
  readonly transport: Transport;
  readonly signal: AbortSignal;
  readonly onEvent: (event: RunEvent) => void;
  readonly faults?: FanOutPolicyOptions;
  /** The lab's root: a run during which it is off screen is flagged (see runMonitor.ts). */
  readonly observeElement: Element | null;
}

/**
 * One run of a model's code in the page with real fetch() calls, as the live and network engines
 * both make it: the model's same code (runFanOut) over the given clock and transport, watched by
 * the run monitor (lag, hidden tab). Resolves with the trace and the monitor's reliability.
 *
 * The run has its own signal: aborted by the caller's, and by the run itself when it breaks (an
 * unplanned answer), so the other calls in flight and every wait stop with it. A call that fails
 * as planned does not stop the run: runFanOut lets the others run on. Invariant: no event
 * reaches `onEvent` once the run is aborted or has settled, however late an answer arrives.
 * Rejects with the caller's reason when aborted, whatever a call rejected with after the abort.
 */
export async function runInPage(
  options: InPageRunOptions,
): Promise<{ trace: Trace; reliability: RunReliability }> {
  const { calls, spec, createClock, transport, signal, onEvent, faults, observeElement } = options;
  const stop = new AbortController();
  const forwardAbort = () => stop.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort, { once: true });
  let open = true;
  const emit = (event: RunEvent) => {
    if (open && !signal.aborted) onEvent(event);
  };
  const monitor = createRunMonitor({ observeElement });
  monitor.start();
  try {
    const fanOut = runFanOut({
      clock: boundClock(createClock(), stop.signal),
      calls,
      model: createModel(spec),
      transport,
      readyAtMs: 0,
      signal: stop.signal,
      onEvent: emit,
      ...(faults ? { faults } : {}),
      sendsEveryCall: sendsEveryCall(spec),
    });
    const result = await untilAborted(fanOut, signal);
    const trace: Trace = {
      calls: result.calls,
      work: result.work,
      makespanMs: makespanOf(result),
      outcome: result.outcome,
    };
    return { trace, reliability: monitor.stop() };
  } catch (error) {
    monitor.stop();
    stop.abort(error);
    throw signal.aborted ? signal.reason : error;
  } finally {
    open = false;
    signal.removeEventListener('abort', forwardAbort);
  }
}
