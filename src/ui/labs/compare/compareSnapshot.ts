import type { Millis } from '../../../core/clock.ts';
import type { WireModel } from '../../../core/connectionPool.ts';
import type { ProtocolName } from '../../../core/runSettings.ts';
import type { FaultStats } from '../../../core/faults/faultStats.ts';
import type { LiveScalePlan } from '../../../core/live/liveTimeScale.ts';
import type { ModelName, ModelSpec } from '../../../core/modelSpec.ts';
import type { EngineName } from '../../../core/scenario.ts';
import type { RunStats } from '../../../core/stats.ts';
import type { RunStatus } from '../../run/runSnapshot.ts';
import type { TimelineData } from '../../timeline/index.ts';

/** A model's part of a comparison: not started yet (live), running or replaying, or finished. */
export type LaneState = 'waiting' | 'running' | 'done';

/**
 * One model's lane group. A lane object is replaced only when something of that model changed,
 * so the canvases of the other models are not redrawn (a live run touches one lane at a time).
 */
export interface CompareLane {
  readonly model: ModelName;
  /** The model with the scenario's parameters: `modelSpecOf({ ...scenario.fanOut, model })`. */
  readonly spec: ModelSpec;
  /** The browser's connections the virtual engine runs the lane over; null: none modelled. */
  readonly wire: WireModel | null;
  /** Compare by protocol: the protocol this lane's calls travel over; null comparing models. */
  readonly protocol: ProtocolName | null;
  readonly state: LaneState;
  readonly data: TimelineData;
  /** Bumps whenever `data` changed in place (live events) or the cursor moved. */
  readonly version: number;
  /** This lane's cursor; Infinity once the lane is done (every instant known, no cursor). */
  readonly nowMs: Millis;
  /** null when faults or the call policy leave it without a closed form (docs/faults.md). */
  readonly predictedMakespanMs: Millis | null;
  /** Known when the lane is done. */
  readonly stats: RunStats | null;
  /** Known when the lane is done, for runs with faults or a call policy. */
  readonly faultStats: FaultStats | null;
  /** Why this model's live timings may not be trusted (hidden tab, busy page); often empty. */
  readonly notes: readonly string[];
}

/** One model's numbers, for the table and the charts. */
export interface CompareRow {
  readonly model: ModelName;
  /** Compare by protocol: the lane's protocol; null comparing models. */
  readonly protocol: ProtocolName | null;
  readonly spec: ModelSpec;
  /** null: no closed form with faults (docs/faults.md). */
  readonly predictedMs: Millis | null;
  /** null until the model's run is done. */
  readonly stats: RunStats | null;
  /** null until done, or for a run without faults or policy. */
  readonly faultStats: FaultStats | null;
  /** The lane's reliability notes (live). */
  readonly notes: readonly string[];
}

export interface CompareSnapshot {
  readonly status: RunStatus;
  readonly engine: EngineName | null;
  /** One per model, in MODEL_NAMES order; empty when idle. */
  readonly lanes: readonly CompareLane[];
  /**
   * The lanes' numbers. A new array only when a lane's numbers changed (a model finished), never
   * on a cursor move, so the table and charts do not re-render with the animation.
   */
  readonly rows: readonly CompareRow[];
  /** The shared time axis: the largest makespan (predicted or measured) of all models. */
  readonly axisEndMs: Millis;
  /** The comparison has faults or a call policy (docs/faults.md). */
  readonly faulty: boolean;
  /** The lane a live comparison is running now, or null. */
  readonly liveLane: number | null;
  /** The one time scale of a live comparison's lanes, and why (null: none yet, or virtual). */
  readonly liveScale: LiveScalePlan | null;
  /** Why the last comparison failed, in a sentence. */
  readonly error: string | null;
}

export const IDLE_COMPARE: CompareSnapshot = {
  status: 'idle',
  engine: null,
  lanes: [],
  rows: [],
  axisEndMs: 0,
  faulty: false,
  liveLane: null,
  liveScale: null,
  error: null,
};

export function rowsOf(lanes: readonly CompareLane[]): readonly CompareRow[] {
  return lanes.map((lane) => ({
    model: lane.model,
    protocol: lane.protocol,
    spec: lane.spec,
    predictedMs: lane.predictedMakespanMs,
    stats: lane.stats,
    faultStats: lane.faultStats,
    notes: lane.notes,
  }));
}
