import type { Calibration, LiveRunOptions, LiveRunResult } from '../core/liveTypes.ts';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';

export type {
  Calibration,
  LiveRunOptions,
  LiveRunResult,
  RunReliability,
} from '../core/liveTypes.ts';

/**
 * What the labs need from the live engine. src/app adapts src/live to it (ui never imports live),
 * and `null` stands for "live runs unavailable" with the reason shown instead.
 */
export interface LiveEnginePort {
  /** Runs the model's code with real `fetch()` calls to the mocked services. */
  readonly run: (
    calls: readonly PlannedCall[],
    spec: ModelSpec,
    options: LiveRunOptions,
  ) => Promise<LiveRunResult>;
  /** The start-up calibration, or null while it is being measured. */
  readonly calibration: () => Calibration | null;
  /** Why the calibration failed, or null (a compensated run tries again). */
  readonly calibrationProblem: () => string | null;
  /** Notifies when the calibration changes. */
  readonly subscribe: (listener: () => void) => () => void;
}
