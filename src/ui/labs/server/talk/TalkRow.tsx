import { timeScaleLabel } from '../../../../core/live/timeScaleLabel.ts';
import { OVERHEAD_DECIMAL_PLACES } from '../../../../core/limits.ts';
import { formatDecimal } from '../../../../core/numberParam.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { serverLabelOf } from '../../../../core/server/serverSpec.ts';
import { talkNote } from '../../../../core/server/talkNotes.ts';
import { withPresetValues, type TalkPreset } from '../../../../core/server/talkPresets.ts';
import { MODEL_DESCRIPTIONS } from '../../../controls/modelDescriptions.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import { CODECS } from '../../../../core/urlParams.ts';
import { presetChanges } from '../settings/presetChanges.ts';
import type { TalkLiveState } from './talkLiveRuns.ts';
import { reproducedScenario, reproductionsOf } from './talkReproduction.ts';

export interface TalkRowProps {
  readonly preset: TalkPreset;
  readonly scenario: Scenario;
  /** This page's virtual makespan in ms, or undefined while it is being computed. */
  readonly simulatedMs: number | undefined;
  readonly live: TalkLiveState | undefined;
  /** Why "Run live" is off, or null. */
  readonly liveReason: string | null;
  readonly onRunLive: () => void;
  /** Opens a scenario in the lab (a variant, or an overhead that reproduces a number). */
  readonly onOpen: (next: Scenario) => void;
}

/** Seconds as the talk prints them: three decimals. */
export const seconds = (s: number): string => s.toFixed(3);

function LiveCell({ live }: { readonly live: TalkLiveState | undefined }) {
  if (live === undefined) return null;
  switch (live.status) {
    case 'running':
      return (
        <span className="talk__live-progress" role="status">
          running: {live.completed} of {live.total} ({timeScaleLabel(live.timeScale)})
        </span>
      );
    case 'failed':
      return <span className="talk__live-error">{live.error}</span>;
    case 'done':
      return (
        <>
          <span className="talk__number" data-testid="talk-live-s">
            {seconds(live.makespanMs / 1000)}
          </span>
          <span className="talk__detail">at {timeScaleLabel(live.timeScale)}</span>
          {live.notes.length === 0 ? null : (
            // The engine's reliability notes are paragraphs: folded, so the column stays narrow.
            <details className="talk__note">
              <summary>
                {live.notes.length} {live.notes.length === 1 ? 'note' : 'notes'}
              </summary>
              {live.notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </details>
          )}
        </>
      );
  }
}

/**
 * One row of the talk's table: the row, the talk's number(s), the ideal, the reference run on
 * uWSGI, this page's simulation and a live run on demand, then why they differ and how to
 * reproduce the difference with the overhead parameters.
 */
export function TalkRow(props: TalkRowProps) {
  const { preset, scenario, simulatedMs, live, liveReason, onRunLive, onOpen } = props;
  const { values } = preset;
  const handler =
    values.model === 'offload'
      ? `offload (${formatDuration(values.workMs)} of work)`
      : MODEL_DESCRIPTIONS[values.model].title.toLowerCase();
  const reproductions = reproductionsOf(preset.name);
  return (
    <tr data-testid="talk-row" data-preset={preset.name}>
      <th scope="row" className="talk__row-head">
        <span className="talk__title">{preset.title}</span>
        <span className="talk__detail">
          {serverLabelOf(values)}, {handler}, {values.requests}{' '}
          {values.requests === 1 ? 'request' : 'requests'}
        </span>
        <button
          type="button"
          className="talk__open"
          onClick={() =>
            onOpen({
              ...withPresetValues({ ...scenario, lab: 'server' }, values),
              preset: preset.name,
            })
          }
        >
          Open in the lab
        </button>
      </th>
      <td className="talk__num" data-testid="talk-published">
        {preset.talkSeconds.length === 0 ? '—' : preset.talkSeconds.map(seconds).join(', ')}
      </td>
      <td className="talk__num" data-testid="talk-ideal-s">
        {seconds(preset.idealSeconds)}
      </td>
      <td className="talk__num">
        <span data-testid="talk-reference-s">{seconds(preset.referenceSeconds)}</span>
        {preset.variants.map((v) => (
          <span key={v.label} className="talk__detail">
            {v.label}: {seconds(v.referenceSeconds)}
          </span>
        ))}
      </td>
      <td className="talk__num">
        <span data-testid="talk-simulated-s">
          {simulatedMs === undefined ? '' : seconds(simulatedMs / 1000)}
        </span>
        {simulatedMs === undefined ? <span className="talk__detail">computing…</span> : null}
      </td>
      <td className="talk__num">
        <div className="talk__live">
          <LiveCell live={live} />
          <button
            type="button"
            className="button talk__run-live"
            onClick={onRunLive}
            disabled={liveReason !== null}
            title={liveReason ?? undefined}
          >
            {live?.status === 'running' ? 'Restart' : 'Run live'}
            <span className="visually-hidden">: {preset.title}</span>
          </button>
        </div>
      </td>
      <td className="talk__why">
        <ul className="talk__notes">
          {preset.notes.map((id) => {
            const note = talkNote(id);
            return (
              <li key={id}>
                <details className="talk__note">
                  <summary>{note.title}</summary>
                  <p>{note.text}</p>
                </details>
              </li>
            );
          })}
        </ul>
        <div className="talk__actions">
          {reproductions.map((r) => (
            <button
              key={`${r.source}-${r.measuredSeconds}`}
              type="button"
              className="button talk__reproduce"
              onClick={() => onOpen(reproducedScenario(scenario, preset.name, r))}
            >
              {r.param} = {formatDecimal(r.overheadMs, OVERHEAD_DECIMAL_PLACES)} ms →{' '}
              {seconds(r.measuredSeconds)} s
              <span className="talk__detail">
                reproduces {r.source === 'talk' ? 'the talk’s number' : 'the reference'}
              </span>
            </button>
          ))}
          {preset.variants.slice(0, 1).map((v) => {
            const variant: Scenario = {
              ...withPresetValues({ ...scenario, lab: 'server' }, { ...values, ...v.changes }),
              preset: preset.name,
            };
            const changes = presetChanges(variant).map(
              (param) => `${param} = ${CODECS[param].encode(variant) ?? ''}`,
            );
            return (
              <button
                key={v.label}
                type="button"
                className="button talk__reproduce"
                onClick={() => onOpen(variant)}
              >
                Open at {changes.join(', ')}
                <span className="talk__detail">
                  the upstream binds: ideal {seconds(v.idealSeconds)} s
                </span>
              </button>
            );
          })}
        </div>
      </td>
    </tr>
  );
}
