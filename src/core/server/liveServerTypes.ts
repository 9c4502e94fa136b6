import type { Millis } from '../clock.ts';
import type { Calibration, RunReliability } from '../liveTypes.ts';
import type { RequestSpan, ServerTrace } from './serverTrace.ts';

/**
 * A live Server lab run: the client's requests really go through MSW to an app endpoint whose
 * handler takes a worker slot and fans out with real fetches to the upstream handlers. All times
 * reported here are *experiment* ms (wall ms x timeScale), so they compare with the virtual run.
 */
export interface LiveServerRunOptions {
  readonly signal: AbortSignal;
  /**
   * Experiment ms per wall ms: 10 runs the talk's 25 s sync-basic test in 2.5 s. Every latency
   * and overhead is divided by it on the wire, and every measured time multiplied back.
   */
  readonly timeScale: number;
  /** Compensate the calibrated mock overhead of each upstream call (see liveTypes.ts). */
  readonly compensate: boolean;
  readonly onEvent: (event: ServerRunEvent) => void;
}

/** Progress of a live server run, in experiment ms since the run started. */
export type ServerRunEvent =
  | { readonly type: 'request-sent'; readonly index: number; readonly atMs: Millis }
  | {
      readonly type: 'request-started';
      readonly index: number;
      readonly worker: number;
      readonly process: number;
      readonly atMs: Millis;
    }
  | { readonly type: 'request-ended'; readonly span: RequestSpan };

export interface LiveServerResult {
  readonly trace: ServerTrace;
  readonly reliability: RunReliability;
  readonly timeScale: number;
  /**
   * The page's calibration this run used (its capacity plans the next run's time scale, see
   * core/live/pageCapacityOf.ts); absent when the run was not calibrated (compensation off).
   */
  readonly calibration?: Calibration;
}
