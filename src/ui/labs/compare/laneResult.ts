import type { EngineName } from '../../../core/scenario.ts';
import { formatDuration } from '../../../core/format/formatDuration.ts';
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
      : `predicted ${formatDuration(predictedMs)}`;
  if (lane.state === 'done' && lane.stats !== null) {
    return {
      figure: formatDuration(lane.stats.makespanMs),
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
