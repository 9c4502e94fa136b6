import { MAX_LIVE_CALLS } from '../core/limits.ts';
import type { LiveRunResult } from '../core/liveTypes.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { FanOutPolicyOptions } from '../core/runFanOut.ts';
import type { ProtocolName } from '../core/runSettings.ts';
import type { RunEvent } from '../core/trace.ts';
import type { NetworkOrigins } from './networkOrigins.ts';
import { createNetworkTransport } from './networkTransport.ts';
import { createRealClock } from './realClock.ts';
import { createResourceTimings, type ResourceTimings } from './resourceTimings.ts';
import { runInPage } from './runInPage.ts';

/** Said beside every network run: nothing is scaled, compensated or calibrated. */
export const REAL_NETWORK_NOTE = 'Real network: times are what the browser measured.';

export interface NetworkRunOptions {
  readonly signal: AbortSignal;
  /** Each event of the run; times are ms since the run started. */
  readonly onEvent: (event: RunEvent) => void;
  /** Faults and call policy (docs/faults.md); absent = every call answers once. */
  readonly faults?: FanOutPolicyOptions;
  /** Which upstream origin the calls go to: HTTP/1.1 or HTTP/2. */
  readonly protocol: ProtocolName;
  /** `connection=close`: every copy asks for `Connection: close` (HTTP/1.1; h2 ignores it). */
  readonly closeConnection?: boolean;
}

export interface NetworkEngineOptions {
  /** The server's two origins (probeNetworkOrigins). */
  readonly origins: NetworkOrigins;
  /** The lab's root: a run during which it is off screen is flagged (see runMonitor.ts). */
  readonly observeElement?: Element | null;
  /** Where Resource Timing entries are found; default the page's (created on the first run). */
  readonly timings?: ResourceTimings;
}

export interface NetworkEngine {
  /**
   * Runs the model's code (the same as the live and virtual engines) with the real clock and
   * real cross-origin fetch() calls to Overlap's server over `protocol`: no calibration, no time
   * scale, no compensation. Each copy's span carries its wire phases from Resource Timing.
   * Rejects with the signal's reason when aborted (emitting nothing after it), and with an Error
   * when there are more than MAX_LIVE_CALLS calls or the server cannot be reached.
   */
  run(
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    options: NetworkRunOptions,
  ): Promise<LiveRunResult>;
}

let runCount = 0;

/** A run id unique in this page and across reloads: with it every request's URL is unique. */
function nextRunId(): string {
  runCount += 1;
  return `net${runCount}-${Math.random().toString(36).slice(2, 8)}`;
}

export function createNetworkEngine(options: NetworkEngineOptions): NetworkEngine {
  const { origins, observeElement = null } = options;
  let timings = options.timings ?? null;
  return {
    async run(calls, spec, runOptions) {
      const { signal, onEvent, faults, protocol, closeConnection = false } = runOptions;
      if (calls.length > MAX_LIVE_CALLS) {
        throw new Error(
          `A network run sends at most ${MAX_LIVE_CALLS} calls (each is a real fetch()), but ` +
            `this one has ${calls.length}. Run it on the virtual engine, or use fewer calls.`,
        );
      }
      signal.throwIfAborted();
      timings ??= createResourceTimings();
      const transport = createNetworkTransport({
        origin: protocol === 'h2' ? origins.h2 : origins.http1,
        runId: nextRunId(),
        timings,
        // HTTP/2 keeps its one connection whatever is asked (docs/network.md).
        closeConnection: closeConnection && protocol === 'http1',
      });
      const { trace, reliability } = await runInPage({
        calls,
        spec,
        createClock: createRealClock,
        transport,
        signal,
        onEvent,
        ...(faults ? { faults } : {}),
        observeElement,
      });
      return {
        trace,
        reliability: { ...reliability, notes: [REAL_NETWORK_NOTE, ...reliability.notes] },
        compensationMs: 0,
      };
    },
  };
}
