import type { ReactNode } from 'react';
import type { LabName } from '../../core/scenario.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { LiveServerPort } from '../liveServerPort.ts';
import { useUrlScenario } from '../useUrlScenario.ts';
import type { WorkerState } from '../workerState.ts';
import { CompareLab } from './compare/CompareLab.tsx';
import { FanOutLab } from './FanOutLab.tsx';
import type { LabProps } from './labProps.ts';
import { ParamMessages } from './ParamMessages.tsx';

const LABS: ReadonlyArray<{ name: LabName; title: string }> = [
  { name: 'fanout', title: 'Fan-out' },
  { name: 'compare', title: 'Compare' },
  { name: 'server', title: 'Server' },
];

/** The labs that exist so far; a lab not listed here shows the Fan-out lab with a note. */
const LAB_VIEWS: Partial<Record<LabName, (props: LabProps) => ReactNode>> = {
  fanout: FanOutLab,
  compare: CompareLab,
};

/** The address decides the lab; the tabs switch it (a history entry, like any other edit). */
export function LabShell({
  worker,
  live,
  liveServer,
}: {
  readonly worker: WorkerState;
  readonly live: LiveEnginePort | null;
  readonly liveServer: LiveServerPort | null;
}) {
  const { scenario, messages, setScenario } = useUrlScenario();
  const View = LAB_VIEWS[scenario.lab] ?? FanOutLab;
  return (
    <main className="lab-shell">
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
      <View
        key={scenario.lab}
        scenario={scenario}
        setScenario={setScenario}
        worker={worker}
        live={live}
        liveServer={liveServer}
      />
    </main>
  );
}
