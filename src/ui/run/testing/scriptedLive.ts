import type { ModelSpec } from '../../../core/modelSpec.ts';
import type { PlannedCall } from '../../../core/plannedCall.ts';
import type { LiveEnginePort, LiveRunOptions, LiveRunResult } from '../../liveEnginePort.ts';

/** One run the scripted engine was asked for, settled (or failed) by the test. */
export interface ScriptedRun {
  readonly calls: readonly PlannedCall[];
  readonly spec: ModelSpec;
  readonly options: LiveRunOptions;
  readonly resolve: (result: LiveRunResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A stand-in for the live engine (the real one is tested against MSW in src/live and end to end):
 * it records each run's calls, spec and options and lets the test push events and settle runs by
 * hand. Like the real engine, a run rejects with the signal's reason when aborted;
 * `rejectOnAbort: false` plays an engine whose answer comes late anyway.
 */
export function scriptedLive({ rejectOnAbort = true } = {}): {
  port: LiveEnginePort;
  runs: ScriptedRun[];
} {
  const runs: ScriptedRun[] = [];
  const port: LiveEnginePort = {
    run: (calls, spec, options) =>
      new Promise<LiveRunResult>((resolve, reject) => {
        if (rejectOnAbort) {
          options.signal.addEventListener('abort', () => reject(options.signal.reason));
        }
        runs.push({ calls, spec, options, resolve, reject });
      }),
    calibration: () => ({ overheadMs: 5, spreadMs: 1, samples: 10 }),
    subscribe: () => () => {},
    calibrationProblem: () => null,
  };
  return { port, runs };
}
