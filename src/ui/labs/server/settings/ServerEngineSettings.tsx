import { useId } from 'react';
import type { RunSettings } from '../../../../core/runSettings.ts';
import type { EngineName, Scenario } from '../../../../core/scenario.ts';
import type { Choice } from '../../../controls/ChoiceGroup.tsx';
import { CompensateCheck } from '../../../controls/CompensateCheck.tsx';
import { ReplaySpeedField } from '../../../controls/ReplaySpeedField.tsx';
import { RunFieldset } from '../../../controls/RunFieldset.tsx';
import { FIT_LABEL, FIT_REPLAY_MS, type ReplayPace } from '../run/replayRate.ts';
import { LIVE_TIME_SCALES } from '../../../../core/live/liveTimeScale.ts';
import { timeScaleLabel } from '../../../../core/live/timeScaleLabel.ts';
import { aboutSeconds, liveWallMs } from '../run/timeScaleChoice.ts';

export interface ServerEngineSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** Why live load tests cannot run (no engine, too many calls), or null. */
  readonly liveReason: string | null;
  /** The live run's time scale: the person's, or the planner's (see ServerLab). */
  readonly timeScale: number;
  /** The scale the planner picks for this run (the select's "auto"); null while it plans. */
  readonly autoScale: number | null;
  /** The person's scale (the lab's state, not the address), or null: auto. */
  readonly chosenScale: number | null;
  readonly onTimeScale: (scale: number | null) => void;
  /** What the run at this scale will do, said before it starts (liveScaleNote), or null. */
  readonly scaleNote: string | null;
  /** The predicted makespan in ms, for the live run's duration; null when not computed. */
  readonly predictedMs: number | null;
  /** The prediction is a lower bound (the upstream's capacity may make calls wait). */
  readonly predictedAtLeast: boolean;
  /** How a virtual run is replayed: at `speed`, or fitted (the lab's state, see ServerLab). */
  readonly pace: ReplayPace;
  readonly onPace: (pace: ReplayPace) => void;
}

const FIT_S = FIT_REPLAY_MS / 1000;
/** The time scale select's value for the planner's choice. */
const AUTO = 'auto';
/** Says next to the select what the choice does, so the cap is never hidden inside "1×". */
const PACE_HINTS: Readonly<Record<ReplayPace, string>> = {
  fit:
    `A run longer than ${FIT_S} s plays as fast as it must to last ${FIT_S} s; a shorter one ` +
    'plays in real time. Pick a speed to replay at it (1× is real time, as in every lab).',
  speed:
    'The run ms per ms on screen: 1× is real time, as in every lab (a 25 s load test replays ' +
    `in 25 s). "${FIT_LABEL}" plays a long run in ${FIT_S} s.`,
};

/**
 * Engine and seed, then the engine's own settings: the replay speed of a virtual run (1× is real
 * time) or "fit to 5 s", or a live run's time scale, its duration in wall time, and mock
 * compensation.
 */
export function ServerEngineSettings(props: ServerEngineSettingsProps) {
  const {
    scenario,
    onChange,
    liveReason,
    timeScale,
    autoScale,
    chosenScale,
    onTimeScale,
    scaleNote,
    predictedMs,
    predictedAtLeast,
    pace,
    onPace,
  } = props;
  const scaleId = useId();
  const set = (patch: Partial<RunSettings>): void =>
    onChange({ ...scenario, run: { ...scenario.run, ...patch } });
  const choices: readonly Choice<EngineName>[] = [
    {
      value: 'virtual',
      title: 'Virtual',
      line: 'A deterministic virtual clock: exact times, up to 100,000 requests, replayed',
    },
    {
      value: 'live',
      title: 'Live',
      line: 'Real fetch() calls through a server mocked in this page (MSW), time-scaled',
      disabledReason: liveReason,
    },
  ];
  const wallMs = predictedMs === null ? null : liveWallMs(predictedMs, timeScale);
  return (
    <RunFieldset scenario={scenario} onChange={onChange} choices={choices}>
      {scenario.run.engine === 'virtual' ? (
        <ReplaySpeedField
          speed={scenario.run.speed}
          onChange={(speed) => {
            onPace('speed');
            set({ speed });
          }}
          fit={{ label: FIT_LABEL, selected: pace === 'fit', onSelect: () => onPace('fit') }}
          hint={PACE_HINTS[pace]}
        />
      ) : (
        <>
          <div className="field field--speed">
            {/* Not in the address: the right scale depends on this machine, not on the link. */}
            <label htmlFor={scaleId} className="field__label">
              time scale
            </label>
            <select
              id={scaleId}
              className="field__input field__select"
              value={chosenScale === null ? AUTO : String(chosenScale)}
              onChange={(event) =>
                onTimeScale(event.target.value === AUTO ? null : Number(event.target.value))
              }
              aria-describedby={`${scaleId}-hint`}
              data-testid="time-scale"
            >
              <option value={AUTO}>
                {autoScale === null ? 'auto' : `auto (${timeScaleLabel(autoScale)})`}
              </option>
              {LIVE_TIME_SCALES.map((scale) => (
                <option key={scale} value={String(scale)}>
                  {timeScaleLabel(scale)}
                </option>
              ))}
            </select>
            <p id={`${scaleId}-hint`} className="field__hint" data-testid="live-duration">
              {wallMs === null
                ? 'Every latency and overhead is divided by the scale, and every time measured multiplied back.'
                : `This run will take ${predictedAtLeast ? 'at least ' : ''}${aboutSeconds(wallMs)}.`}
            </p>
            {scaleNote === null ? null : (
              <p className="field__hint" data-testid="live-scale-note">
                {scaleNote}
              </p>
            )}
          </div>
          <CompensateCheck
            checked={scenario.run.compensate}
            onChange={(compensate) => set({ compensate })}
            line="hold early answers so each call lasts its latency"
          />
        </>
      )}
    </RunFieldset>
  );
}
