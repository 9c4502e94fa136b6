import { useId } from 'react';
import type { Scenario } from '../../../../core/scenario.ts';
import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { talkNote } from '../../../../core/server/talkNotes.ts';
import { TALK_PRESETS } from '../../../../core/server/talkPresets.ts';
import type { TalkLiveState } from './talkLiveRuns.ts';
import { TalkRow } from './TalkRow.tsx';
import { useTalkSimulations } from './useTalkSimulations.ts';

export interface TalkViewProps {
  readonly scenario: Scenario;
  readonly live: ReadonlyMap<TalkPresetName, TalkLiveState>;
  /** Why live runs are off on this page, or null. */
  readonly liveReason: string | null;
  readonly onRunLive: (name: TalkPresetName) => void;
  readonly onOpen: (next: Scenario) => void;
}

/** The two remarks of the talk that the table's numbers cannot say on their own. */
const REMARKS = [talkNote('dns'), talkNote('speed-vs-concurrency')];

/**
 * The talk's table, reproduced: one row per preset with the talk's published number, the ideal,
 * the reference run with the talk's own code, this page's simulation, and a live run on demand;
 * then the reasons for the gaps, each with the overhead that closes it.
 */
export function TalkView({ scenario, live, liveReason, onRunLive, onOpen }: TalkViewProps) {
  const headingId = useId();
  const simulated = useTalkSimulations();
  return (
    <section className="talk" aria-labelledby={headingId}>
      <h2 id={headingId} className="talk__heading">
        The talk&rsquo;s table, reproduced
      </h2>
      <p className="talk__intro">
        &ldquo;Asynchronous Network Requests in Web Applications&rdquo; (EuroPython 2016): an app
        makes four calls (0.125, 0.25, 0.375 and 0.5 s) to a wait server that serves 200 at once,
        and hammer.py sends N requests, 50 at a time. <strong>Ideal</strong> is ceil(N / min(W, C))
        x S with no overheads; <strong>reference</strong> is the same experiment run with the
        talk&rsquo;s own code on uWSGI 2.0.21 and Python 3.11 (median of 3);{' '}
        <strong>simulation</strong> is this page&rsquo;s virtual engine; <strong>live here</strong>{' '}
        runs the row in this browser through mocked services, time-scaled to a few seconds. Times in
        seconds.
      </p>
      <aside className="talk__remarks" aria-label="The talk’s remarks">
        {REMARKS.map((note) => (
          <p key={note.id}>
            <strong>{note.title[0]?.toUpperCase() + note.title.slice(1)}.</strong> {note.text}
          </p>
        ))}
      </aside>
      {liveReason === null ? null : (
        <p className="talk__live-off">Live runs are off: {liveReason}.</p>
      )}
      <div className="talk__scroll" tabIndex={0} role="region" aria-label="The talk’s table">
        <table className="talk-table" data-testid="talk-table">
          <caption className="visually-hidden">
            Each row of the talk&rsquo;s table: published, ideal, reference, simulated and live
            times in seconds, and why they differ.
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Talk</th>
              <th scope="col">Ideal</th>
              <th scope="col">Reference (uWSGI)</th>
              <th scope="col">Simulation</th>
              <th scope="col">Live here</th>
              <th scope="col">Why the gap</th>
            </tr>
          </thead>
          <tbody>
            {TALK_PRESETS.map((preset) => (
              <TalkRow
                key={preset.name}
                preset={preset}
                scenario={scenario}
                simulatedMs={simulated.get(preset.name)}
                live={live.get(preset.name)}
                liveReason={liveReason}
                onRunLive={() => onRunLive(preset.name)}
                onOpen={onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
