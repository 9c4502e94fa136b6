import type { Millis } from '../core/clock.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { RunEvent, Trace } from '../core/trace.ts';

/** The mock overhead measured at start-up: what one mocked call adds to its configured latency. */
export interface Calibration {
  /** Median extra time of a mocked call over its requested delay, in ms. */
  readonly overheadMs: Millis;
  /** Spread of the samples (p90 - p10), in ms: how much to trust overheadMs. */
  readonly spreadMs: Millis;
  readonly samples: number;
}

/** Why a live run's timings may not be trusted; empty `notes` means none were seen. */
export interface RunReliability {
  /** The page was hidden or the lab off screen during the run (timers throttled). */
  readonly hidden: boolean;
  /** The longest the main thread was late for a timer during the run, in ms. */
  readonly maxEventLoopLagMs: Millis;
  /** The main thread was too busy to keep mocked latencies honest. */
  readonly saturated: boolean;
  /** One sentence each, for the results panel. */
  readonly notes: readonly string[];
}

export interface LiveRunResult {
  readonly trace: Trace;
  readonly reliability: RunReliability;
  /** The per-call overhead subtracted from each mocked delay (0 with compensation off). */
  readonly compensationMs: Millis;
}

export interface LiveRunOptions {
  readonly signal: AbortSignal;
  /** Subtract the calibrated overhead from each mocked delay. */
  readonly compensate: boolean;
  /** Each event of the run; times are ms since the run started. */
  readonly onEvent: (event: RunEvent) => void;
}

/**
 * What the labs need from the live engine. src/app adapts src/live to it (ui never imports live),
 * and `null` stands for "live runs unavailable" with the reason shown instead.
 */
export interface LiveEnginePort {
  /** Runs the model's code with real `fetch()` calls to the mocked services. */
  run(
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    options: LiveRunOptions,
  ): Promise<LiveRunResult>;
  /** The start-up calibration, or null while it is being measured. */
  readonly calibration: () => Calibration | null;
  /** Notifies when the calibration changes. */
  readonly subscribe: (listener: () => void) => () => void;
}
