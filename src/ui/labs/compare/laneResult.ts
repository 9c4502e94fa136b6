import type { EngineName } from '../../../core/scenario.ts';
import { formatMs } from '../../numbers/formatMs.ts';
import { makespanGap } from '../../numbers/makespanGap.ts';
import type { CompareLane } from './compareSnapshot.ts';

/** What a lane's heading says beside the model: its makespan once known, else where it stands. */
export interface LaneResult {
  /** The measured makespan, e.g. "750 ms"; null until the lane is done. */
  readonly figure: string | null;
  readonly detail: string;
}

export function laneResult(
  lane: Pick<CompareLane, 'state' | 'stats' | 'predictedMakespanMs'>,
  engine: EngineName,
): LaneResult {
  const predictedMs = lane.predictedMakespanMs;
  const predicted =
    predictedMs === null
      ? 'no closed-form prediction with failures'
      : `predicted ${formatMs(predictedMs)} ms`;
  if (lane.state === 'done' && lane.stats !== null) {
    return {
      figure: `${formatMs(lane.stats.makespanMs)} ms`,
      detail: predictedMs === null ? predicted : makespanGap(lane.stats.makespanMs, predictedMs),
    };
  }
  if (lane.state === 'waiting') {
    return {
      figure: null,
      detail: engine === 'live' ? `waits its turn, ${predicted}` : predicted,
    };
  }
  return {
    figure: null,
    detail: `${engine === 'live' ? 'running live' : 'replaying'}, ${predicted}`,
  };
}
