import { Activity, useContext, useState, type ReactNode } from 'react';
import type { LabName, Scenario } from '../../core/scenario.ts';
import type { ParamMessage } from '../../core/urlCodec.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { NetworkAccess } from '../networkEnginePort.ts';
import type { LiveServerPort } from '../liveServerPort.ts';
import { EmbedBar } from '../presenter/EmbedBar.tsx';
import { LabCommandContext } from '../presenter/labCommands.ts';
import { useChooseModel } from '../presenter/useChooseModel.ts';
import type { WorkerState } from '../workerState.ts';
import { CompareLab } from '../labs/compare/CompareLab.tsx';
import { FanOutLab } from '../labs/FanOutLab.tsx';
import type { LabProps } from '../labs/labProps.ts';
import { ParamMessages } from '../labs/ParamMessages.tsx';
import { ServerLab } from '../labs/server/ServerLab.tsx';
import { keptLabs } from './keptLabs.ts';

const LABS: ReadonlyArray<{ name: LabName; title: string }> = [
  { name: 'fanout', title: 'Fan-out' },
  { name: 'compare', title: 'Compare' },
  { name: 'server', title: 'Server' },
];

/** The labs that exist so far; a lab not listed here shows the Fan-out lab with a note. */
const LAB_VIEWS: Partial<Record<LabName, (props: LabProps) => ReactNode>> = {
  fanout: FanOutLab,
  compare: CompareLab,
  server: ServerLab,
};

export interface LabShellProps {
  readonly scenario: Scenario;
  /** The codec's messages about the address (useUrlScenario). */
  readonly messages: readonly ParamMessage[];
  readonly setScenario: (next: Scenario) => void;
  readonly worker: WorkerState;
  readonly live: LiveEnginePort | null;
  readonly liveServer: LiveServerPort | null;
  /** The network engine, or why it is unavailable (absent: never offered). */
  readonly network?: NetworkAccess;
  /** Opens the keyboard shortcuts (the embed bar's `?` button). */
  readonly onShowShortcuts: () => void;
}

/**
 * The page around whichever lab is shown. It sits above labs/ and presenter/ (it imports both;
 * neither imports it), so the labs' shared parts never import the labs that use them.
 * The address decides the lab; the tabs switch it (a history entry, like any other edit). With
 * `embed=1` the tabs and the banner give way to the embed bar (or, with `controls=0`, to nothing):
 * presenter.css then reduces the lab to its run, numbers and timeline, sized to the frame.
 *
 * Labs keep their state: a lab once shown stays mounted inside a hidden <Activity> while another
 * shows, so its last run, its replay and its own choices are there on return. Hidden, a lab's
 * effects are cleaned up: it is off the command bus (keys, a deck's messages and autorun reach
 * the shown lab only), its canvases draw nothing and it does not re-render on its run's frames.
 * A virtual run in progress keeps advancing (its cursor follows the wall clock); a live run is
 * stopped and its lab says so (see run/useRunSession.ts and RunSession.leave).
 */
export function LabShell(props: LabShellProps) {
  const { scenario, messages, setScenario, worker, live, liveServer } = props;
  const bus = useContext(LabCommandContext);
  const chooseModel = useChooseModel(bus, scenario, setScenario);
  const [visited, setVisited] = useState<readonly LabName[]>([]);
  const kept = keptLabs(visited, scenario.lab);
  // Derived during render (React re-renders before committing): the first render of a lab's
  // visit mounts it, with no extra commit in between.
  if (kept !== visited) setVisited(kept);
  const { embed, controls } = scenario.view;
  return (
    <main className={embed ? 'lab-shell lab-shell--embed' : 'lab-shell'}>
      {embed ? (
        controls && bus !== null ? (
          <EmbedBar
            bus={bus}
            scenario={scenario}
            messages={messages}
            chooseModel={chooseModel}
            onShowShortcuts={props.onShowShortcuts}
          />
        ) : null
      ) : (
        <>
          <nav className="lab-tabs" aria-label="Labs">
            {LABS.map((lab) => (
              <button
                key={lab.name}
                type="button"
                className="lab-tabs__tab"
                aria-current={scenario.lab === lab.name ? 'page' : undefined}
                onClick={() => setScenario({ ...scenario, lab: lab.name })}
              >
                {lab.title}
              </button>
            ))}
          </nav>
          <ParamMessages messages={messages} />
        </>
      )}
      {kept.map((lab) => {
        const View = LAB_VIEWS[lab] ?? FanOutLab;
        return (
          <Activity key={lab} mode={lab === scenario.lab ? 'visible' : 'hidden'}>
            <View
              scenario={scenario}
              setScenario={setScenario}
              worker={worker}
              live={live}
              liveServer={liveServer}
              {...(props.network ? { network: props.network } : {})}
            />
          </Activity>
        );
      })}
    </main>
  );
}
