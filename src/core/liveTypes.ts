import type { Millis } from './clock.ts';
import type { FanOutPolicyOptions } from './runFanOut.ts';
import type { RunEvent, Trace } from './trace.ts';

// The shapes the live engine (src/live) returns and the labs (src/ui) show. They live in core so
// that both can name them without importing each other; src/ui/liveEnginePort.ts re-exports them.

/** The mock overhead measured at start-up: what one mocked call adds to its configured latency. */
export interface Calibration {
  /** Median extra time of a mocked call over its requested delay, in ms. */
  readonly overheadMs: Millis;
  /** Spread of the samples (p90 - p10), in ms: how much to trust overheadMs. */
  readonly spreadMs: Millis;
  readonly samples: number;
  /**
   * Main-thread wall ms the page spends per mocked request when many are in flight: a burst's
   * time to be answered over its size. What the live planner (src/core/live/liveTimeScale.ts)
   * turns into the page's capacity. Absent: not measured (an export made before it was).
   */
  readonly requestCpuMs?: Millis;
  /** Calibrations measured to reach this one (a spread above the limit is measured again). */
  readonly attempts?: number;
  /** The spread stayed above the limit on every attempt: the run says its timings may drift. */
  readonly unstable?: boolean;
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
  /**
   * How much sooner than its latency each mocked service was asked to answer, in ms (0 with
   * compensation off). The page holds each early response until the call's latency has passed,
   * so this is a margin above the calibrated overhead (see src/live/calibrate.ts), not an
   * amount taken off the measured spans.
   */
  readonly compensationMs: Millis;
}

export interface LiveRunOptions {
  readonly signal: AbortSignal;
  /** Compensate the mocks' calibrated overhead, so spans match latencies (see compensationMs). */
  readonly compensate: boolean;
  /** Each event of the run; times are ms since the run started. */
  readonly onEvent: (event: RunEvent) => void;
  /** Faults and call policy (docs/faults.md, faultSetupOf); absent = every call answers once. */
  readonly faults?: FanOutPolicyOptions;
  /**
   * Experiment ms per wall ms (src/core/live/liveTimeScale.ts): 1 (the default) runs in real
   * time, 1/20 twenty times slower. The models' clock and every call's latency are scaled, so
   * events, the trace and the result stay in the scenario's ms whatever the scale.
   */
  readonly timeScale?: number;
  /**
   * The compensation margin the planner asks for, in wall ms (LiveScalePlan.marginMs): with
   * `compensate`, the run asks each mock to answer max(calibrated margin, marginMs) early, so a
   * burst the calibration never saw is still answered before it is due. Default 0.
   */
  readonly marginMs?: Millis;
}
