import type { Millis } from '../../core/clock.ts';
import type { FaultStats } from '../../core/faults/faultStats.ts';
import type { FaultPrediction } from '../../core/faults/predictFaults.ts';
import type { LiveScalePlan } from '../../core/live/liveTimeScale.ts';
import type { EngineName } from '../../core/scenario.ts';
import type { RunStats } from '../../core/stats.ts';
import type { Trace } from '../../core/trace.ts';
import type { RunReliability } from '../liveEnginePort.ts';
import type { TimelineData } from '../timeline/timelineData.ts';

export type RunStatus = 'idle' | 'running' | 'done';

/** The replay of a known timeline: animating, held at the cursor, or not started / ended. */
export type Playback = 'playing' | 'paused' | 'stopped';

/** What the lab shows of the current run; a new object whenever anything changed. */
export interface RunSnapshot {
  readonly status: RunStatus;
  readonly playback: Playback;
  /** The timeline is fully known, so the cursor can be moved (seek, step, replay). */
  readonly seekable: boolean;
  /** The replay speed in use (run ms per wall ms). */
  readonly speed: number;
  readonly engine: EngineName | null;
  readonly data: TimelineData | null;
  /** Bumps whenever `data` changed in place (live events) or the cursor moved. */
  readonly version: number;
  /** The cursor: ms since the run started (replay position for virtual runs). */
  readonly nowMs: Millis;
  /**
   * The charts' copy of the cursor and data version, refreshed at most every CHART_REFRESH_MS
   * during a run: Recharts re-renders SVG, which must not run at 60 fps next to the mocks.
   */
  readonly chartNowMs: Millis;
  readonly chartVersion: number;
  /** The time axis extent: the predicted makespan, or further when the run goes past it. */
  readonly axisEndMs: Millis;
  readonly predictedMakespanMs: Millis | null;
  /** True when faults or the call policy leave the makespan without a closed form. */
  readonly noClosedForm: boolean;
  /** The run has faults or a call policy: what probability expects (known at the start). */
  readonly faultPrediction: FaultPrediction | null;
  /** What the failures cost, known when the run is done (runs with faults or a policy). */
  readonly faultStats: FaultStats | null;
  /** Known when the run is done. */
  readonly trace: Trace | null;
  readonly stats: RunStats | null;
  /** Live runs only. */
  readonly reliability: RunReliability | null;
  readonly compensationMs: Millis | null;
  /** The time scale of the live run in progress or done, and why (null: none, or virtual). */
  readonly liveScale: LiveScalePlan | null;
  /** Why the last run failed, in a sentence. */
  readonly error: string | null;
}

export const IDLE_SNAPSHOT: RunSnapshot = {
  status: 'idle',
  playback: 'stopped',
  seekable: false,
  speed: 1,
  engine: null,
  data: null,
  version: 0,
  nowMs: 0,
  chartNowMs: 0,
  chartVersion: 0,
  axisEndMs: 0,
  predictedMakespanMs: null,
  noClosedForm: false,
  faultPrediction: null,
  faultStats: null,
  trace: null,
  stats: null,
  reliability: null,
  compensationMs: null,
  liveScale: null,
  error: null,
};
