import { useId } from 'react';
import { liveScaleNote } from '../../core/live/liveScaleNote.ts';
import type { LiveScalePlan } from '../../core/live/liveTimeScale.ts';
import { pageCapacityOf } from '../../core/live/pageCapacityOf.ts';
import type { Calibration } from '../../core/liveTypes.ts';
import {
  AUTO_SCALE,
  chosenScaleOf,
  liveScaleStatusText,
  scaleOptions,
} from '../run/liveScaleText.ts';
import type { LiveScaleState } from './useLiveScale.ts';

export interface LiveScaleFieldProps {
  readonly scale: LiveScaleState;
  readonly calibration: Calibration | null;
  /** The plan of the live run in progress (the controller's), or null when none runs. */
  readonly running: LiveScalePlan | null;
}

/**
 * A live run's time scale, beside Run: "auto (20× slower)" or the person's, and before the run
 * the plan's sentence (why slower; or, for a run no scale keeps faithful, that it will not keep
 * its timings); while it runs, the scale it runs at. Times on screen stay the scenario's ms.
 */
export function LiveScaleField({ scale, calibration, running }: LiveScaleFieldProps) {
  const id = useId();
  const note =
    running !== null
      ? liveScaleStatusText(running.timeScale)
      : scale.plan === null
        ? null
        : liveScaleNote(scale.plan, pageCapacityOf(calibration));
  return (
    <div className="live-scale">
      {/* Lab state, not the address: the right scale depends on this machine (useLiveScale). */}
      <label htmlFor={id} className="live-scale__label">
        Time scale
      </label>
      <select
        id={id}
        className="field__input field__select live-scale__select"
        value={scale.chosenScale === null ? AUTO_SCALE : String(scale.chosenScale)}
        onChange={(event) => scale.choose(chosenScaleOf(event.target.value))}
        disabled={running !== null}
        aria-describedby={`${id}-note`}
        data-testid="live-time-scale"
      >
        {scaleOptions(scale.autoScale).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p
        id={`${id}-note`}
        className={
          scale.plan?.problem != null && running === null
            ? 'live-scale__note live-scale__note--problem'
            : 'live-scale__note'
        }
        role="status"
        title={note ?? undefined}
        data-testid={running === null ? 'live-scale-note' : 'live-scale-status'}
      >
        {note}
      </p>
    </div>
  );
}
