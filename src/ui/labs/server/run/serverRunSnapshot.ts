import type { Millis } from '../../../../core/clock.ts';
import type { PageCapacity } from '../../../../core/live/liveTimeScale.ts';
import type { RunReliability } from '../../../../core/liveTypes.ts';
import type { ServerPrediction } from '../../../../core/server/predictServer.ts';
import type { ServerStats } from '../../../../core/server/serverStats.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import type { EngineName } from '../../../../core/scenario.ts';
import type { RunStatus } from '../../../run/runSnapshot.ts';
import type { ServerTimelineData } from '../serverTimeline/serverTimelineData.ts';

/** What the Server lab shows of the current run; a new object whenever anything changed. */
export interface ServerRunSnapshot {
  readonly status: RunStatus;
  readonly engine: EngineName | null;
  readonly data: ServerTimelineData | null;
  /** Bumps whenever anything drawn changed: the cursor moved, or the data. */
  readonly version: number;
  /** Bumps only when `data`'s arrays changed in place (a live run's events). */
  readonly dataVersion: number;
  /** The cursor, in experiment ms since the load test started (replay position when virtual). */
  readonly nowMs: Millis;
  /** The charts' copy of the cursor, refreshed at most every CHART_REFRESH_MS during a replay. */
  readonly chartNowMs: Millis;
  readonly chartVersion: number;
  /** The time axis extent: the predicted makespan, or further when the run goes past it. */
  readonly axisEndMs: Millis;
  readonly prediction: ServerPrediction | null;
  /**
   * Virtual runs: the whole trace from the start (the views clip it at the cursor). Live runs:
   * known when the run is done.
   */
  readonly trace: ServerTrace | null;
  /** Known when the run is done. */
  readonly stats: ServerStats | null;
  /** Virtual runs: experiment ms per wall ms of the replay. Live runs: the time scale. */
  readonly rate: number;
  /** Live runs: responses received so far (the progress line). */
  readonly completed: number;
  readonly reliability: RunReliability | null;
  /**
   * What the last calibrated live run measured of the page, kept across runs and resets: the
   * lab plans the next run's time scale with it. Null before one.
   */
  readonly capacity: PageCapacity | null;
  /** Why the last run failed, in a sentence. */
  readonly error: string | null;
}

export const IDLE_SERVER_SNAPSHOT: ServerRunSnapshot = {
  status: 'idle',
  engine: null,
  data: null,
  version: 0,
  dataVersion: 0,
  nowMs: 0,
  chartNowMs: 0,
  chartVersion: 0,
  axisEndMs: 0,
  prediction: null,
  trace: null,
  stats: null,
  rate: 1,
  completed: 0,
  reliability: null,
  capacity: null,
  error: null,
};
