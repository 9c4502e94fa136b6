import { useId, useMemo, type KeyboardEvent } from 'react';
import {
  durationPartsIn,
  durationUnitFor,
  formatDuration,
} from '../../core/format/formatDuration.ts';
import type { RunController } from '../run/runController.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';
import { cursorStateText } from './cursorStateText.ts';
import { replayAvailability } from './replayAvailability.ts';
import { parseSpeedChoice, replaySpeedChoices } from './replaySpeedChoices.ts';
import { ReplayIcon } from './ReplayIcon.tsx';
import { scrubberKeyAction } from './scrubberKeys.ts';
import { stateAt, timelineEndMs } from './stateAt.ts';
import { useReplay } from './useReplay.ts';

export interface ReplayBarProps {
  readonly controller: RunController;
  readonly snapshot: RunSnapshot;
}

/**
 * Scrub, step and replay a known timeline; the timeline, charts and numbers follow the
 * controller's cursor. Disabled, with the reason, while a live run is in progress.
 */
export function ReplayBar({ controller, snapshot }: ReplayBarProps) {
  const { actions, playing } = useReplay(controller, snapshot);
  const ids = useId();
  const { data, seekable, nowMs } = snapshot;
  const availability = replayAvailability(snapshot);
  const disabled = !availability.enabled;
  // A live run's data grows in place until it ends: only a known timeline has a fixed end.
  const knownEndMs = useMemo(
    () => (data && seekable ? timelineEndMs(data) : null),
    [data, seekable],
  );
  const endMs = knownEndMs ?? snapshot.axisEndMs;
  const stateText = data ? cursorStateText(stateAt(data, nowMs)) : '';
  const cursor = durationPartsIn(nowMs, durationUnitFor(endMs));

  const onScrubberKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    const action = scrubberKeyAction(event.key);
    if (action === null) return;
    // Handled here only: a page-wide shortcut must not step a second time.
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'step') actions.step(action.direction);
    else actions.seek(action.to === 'start' ? 0 : endMs);
  };

  return (
    <section
      className="replay"
      aria-labelledby={`${ids}-heading`}
      aria-describedby={disabled ? `${ids}-reason` : undefined}
      data-testid="replay-bar"
    >
      <h2 id={`${ids}-heading`} className="replay__heading">
        Replay
      </h2>
      <div className="replay__row">
        <div className="replay__buttons">
          <button
            type="button"
            className="replay__button"
            aria-label="Previous event"
            disabled={disabled}
            onClick={() => actions.step(-1)}
          >
            <ReplayIcon name="previous" />
            <span className="replay__button-text">Previous</span>
          </button>
          <button
            type="button"
            className="replay__button replay__button--play"
            disabled={disabled}
            onClick={() => actions.togglePlay()}
          >
            <ReplayIcon name={playing ? 'pause' : 'play'} />
            <span className="replay__button-text">{playing ? 'Pause' : 'Play'}</span>
          </button>
          <button
            type="button"
            className="replay__button"
            aria-label="Next event"
            disabled={disabled}
            onClick={() => actions.step(1)}
          >
            <span className="replay__button-text">Next</span>
            <ReplayIcon name="next" />
          </button>
        </div>
        <div className="replay__scrubber">
          <label htmlFor={`${ids}-position`} className="visually-hidden">
            Replay position (ms)
          </label>
          <input
            id={`${ids}-position`}
            type="range"
            className="replay__range"
            min={0}
            max={endMs}
            // "any": every millisecond and fraction is reachable, a fractional makespan too.
            step="any"
            value={Math.min(nowMs, endMs)}
            disabled={disabled}
            aria-valuetext={stateText}
            onChange={(event) => actions.seek(Number(event.currentTarget.value))}
            onKeyDown={onScrubberKey}
            data-testid="replay-scrubber"
          />
          <p className="replay__time">
            {/* The cursor in the unit of the run's end, so it does not change unit mid-run. */}
            <span data-value={nowMs} data-testid="cursor-ms">
              {cursor.value}
            </span>
            <span className="replay__unit"> {cursor.unit}</span>
            <span className="replay__of"> of {formatDuration(endMs)}</span>
          </p>
        </div>
        <div className="replay__speed">
          <label htmlFor={`${ids}-speed`} className="replay__label">
            Playback speed
          </label>
          <select
            id={`${ids}-speed`}
            className="replay__select"
            value={String(snapshot.speed)}
            disabled={disabled}
            onChange={(event) => {
              const speed = parseSpeedChoice(event.currentTarget.value);
              if (speed !== null) actions.setSpeed(speed);
            }}
          >
            {replaySpeedChoices(snapshot.speed).map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="replay__state" data-testid="cursor-state">
        {stateText}
      </p>
      {availability.reason === null ? null : (
        <p id={`${ids}-reason`} className="replay__reason" data-testid="replay-disabled-reason">
          {availability.reason}
        </p>
      )}
    </section>
  );
}
