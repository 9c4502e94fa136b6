import { useId } from 'react';
import type { RunSettings } from '../../../../core/runSettings.ts';
import type { EngineName, Scenario } from '../../../../core/scenario.ts';
import type { Choice } from '../../../controls/ChoiceGroup.tsx';
import { CompensateCheck } from '../../../controls/CompensateCheck.tsx';
import { ReplaySpeedField } from '../../../controls/ReplaySpeedField.tsx';
import { RunFieldset } from '../../../controls/RunFieldset.tsx';
import { FIT_LABEL, FIT_REPLAY_MS, type ReplayPace } from '../run/replayRate.ts';
import {
  aboutSeconds,
  liveFetchesPerSec,
  liveWallMs,
  MAX_FAITHFUL_FETCHES_PER_SEC,
  TIME_SCALES,
} from '../run/timeScaleChoice.ts';

export interface ServerEngineSettingsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
  /** Why live load tests cannot run (no engine, too many calls), or null. */
  readonly liveReason: string | null;
  /** The live run's time scale (the lab's state, not the address: see ServerLab). */
  readonly timeScale: number;
  readonly onTimeScale: (scale: number) => void;
  /** The predicted makespan in ms, for the live run's duration; null when not computed. */
  readonly predictedMs: number | null;
  /** The prediction is a lower bound (the upstream's capacity may make calls wait). */
  readonly predictedAtLeast: boolean;
  /** How a virtual run is replayed: at `speed`, or fitted (the lab's state, see ServerLab). */
  readonly pace: ReplayPace;
  readonly onPace: (pace: ReplayPace) => void;
}

const FIT_S = FIT_REPLAY_MS / 1000;
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
    onTimeScale,
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
  const perSec =
    predictedMs === null
      ? 0
      : liveFetchesPerSec(
          scenario.server.requests,
          scenario.fanOut.calls.length,
          predictedMs,
          timeScale,
        );
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
              value={String(timeScale)}
              onChange={(event) => onTimeScale(Number(event.target.value))}
              aria-describedby={`${scaleId}-hint`}
              data-testid="time-scale"
            >
              {TIME_SCALES.map((scale) => (
                <option key={scale} value={String(scale)}>
                  {scale === 1 ? '1× (real time)' : `${scale}× faster`}
                </option>
              ))}
            </select>
            <p id={`${scaleId}-hint`} className="field__hint" data-testid="live-duration">
              {wallMs === null
                ? 'Every latency and overhead is divided by the scale, and every time measured multiplied back.'
                : `This run will take ${predictedAtLeast ? 'at least ' : ''}${aboutSeconds(wallMs)}.`}
              {perSec > MAX_FAITHFUL_FETCHES_PER_SEC
                ? ` It makes about ${Math.round(perSec)} mocked fetches a second; above ` +
                  `${MAX_FAITHFUL_FETCHES_PER_SEC} this page answers them late and the run ` +
                  `stretches${timeScale > 1 ? ' (a smaller scale helps)' : ''}.`
                : ''}
            </p>
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
