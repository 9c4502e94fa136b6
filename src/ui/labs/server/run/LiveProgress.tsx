import { timeScaleLabel } from '../../../../core/live/timeScaleLabel.ts';
import { aboutSeconds } from './timeScaleChoice.ts';

export interface LiveProgressProps {
  readonly completed: number;
  readonly total: number;
  /** Experiment ms so far, and predicted in all (the time left is said in wall time). */
  readonly nowMs: number;
  readonly predictedMs: number | null;
  readonly timeScale: number;
}

/**
 * A live load test's progress: responses of N, and the wall time left by the prediction (a run
 * can only be later than predicted, so "finishing" once past it). Reset stops it.
 */
export function LiveProgress({
  completed,
  total,
  nowMs,
  predictedMs,
  timeScale,
}: LiveProgressProps) {
  const leftMs = predictedMs === null ? null : (predictedMs - nowMs) / timeScale;
  const left = leftMs === null ? '' : leftMs > 0 ? `, ${aboutSeconds(leftMs)} left` : ', finishing';
  return (
    <p className="server-live-progress" data-testid="live-progress">
      <progress max={total} value={completed} aria-label="Responses received" />
      <span>
        Live at {timeScaleLabel(timeScale)}: {completed} of {total} requests done{left}. Reset stops
        the run.
      </span>
    </p>
  );
}
