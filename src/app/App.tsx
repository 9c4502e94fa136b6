import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DEFAULT_SCENARIO } from '../core/scenario.ts';
import { createLiveEngine } from '../live/liveEngine.ts';
import type { AppRunRegistry } from '../live/server/appRunRegistry.ts';
import { createLiveServerPort } from '../live/server/createLiveServerPort.ts';
import { AppHeader } from '../ui/AppHeader.tsx';
import { LabErrorBoundary } from '../ui/errors/LabErrorBoundary.tsx';
import { LabShell } from '../ui/shell/LabShell.tsx';
import type { LiveEnginePort } from '../ui/liveEnginePort.ts';
import type { LiveServerPort } from '../ui/liveServerPort.ts';
import { createLabCommandBus } from '../ui/presenter/labCommandBus.ts';
import { LabCommandContext } from '../ui/presenter/labCommands.ts';
import { Presenter } from '../ui/presenter/Presenter.tsx';
import { useFrameSetScenario } from '../ui/presenter/useFrameSetScenario.ts';
import { TeachPage } from '../ui/presenter/teach/TeachPage.tsx';
import { useTeachPage } from '../ui/presenter/teach/useTeachPage.ts';
import { PaletteThemeContext } from '../ui/usePalette.ts';
import { useUrlScenario } from '../ui/useUrlScenario.ts';
import type { NetworkAccessStore } from './networkAccessStore.ts';
import type { WorkerStatusStore } from './workerStatusStore.ts';

/** What the network engine needs of the mock worker: to stop intercepting while it may run. */
export interface MockingSwitch {
  readonly suspend: () => void;
  readonly resume: () => void;
}

const NO_NETWORK: NetworkAccessStore = {
  getSnapshot: () => ({ kind: 'checking' }),
  subscribe: () => () => undefined,
};

/**
 * Wiring: the worker's state decides whether the labs get a live engine; the address holds the
 * scenario and how it is presented (embedded in a slide, themed), and the presenter layer drives
 * whichever lab is shown through one command bus.
 */
export function App({
  workerStatus,
  appRuns,
  network = NO_NETWORK,
  mocking,
}: {
  readonly workerStatus: WorkerStatusStore;
  /** Shared with the mock worker's app handler: the live server port registers its runs here. */
  readonly appRuns: AppRunRegistry;
  /** Whether Overlap's own server is behind the page (the network engine). */
  readonly network?: NetworkAccessStore;
  /** Suspends the mock worker while network runs are possible. */
  readonly mocking?: MockingSwitch;
}) {
  const worker = useSyncExternalStore(workerStatus.subscribe, workerStatus.getSnapshot);
  const url = useUrlScenario();
  const { scenario, messages } = url;
  const networkAccess = useSyncExternalStore(network.subscribe, network.getSnapshot);
  // While the network engine is chosen and can run, MSW must not answer the page's fetch()
  // calls: they go to the real network, where Resource Timing has real phases. Choosing live or
  // virtual again starts the worker through its usual start path.
  const networkRuns = scenario.run.engine === 'network' && networkAccess.kind === 'available';
  useEffect(() => {
    if (networkRuns) mocking?.suspend();
    else mocking?.resume();
  }, [networkRuns, mocking]);
  // Live ports only while the worker mocks: suspended for the network engine, a live engine's
  // calibration would measure the real server instead of the mocks.
  const ready = worker.kind === 'ready' && !networkRuns;
  const live = useMemo<LiveEnginePort | null>(() => {
    if (!ready) return null;
    // Bind each method: the port is a bag of functions, the engine an object with methods.
    const engine = createLiveEngine({
      baseUrl: document.baseURI,
      // A run during which the lab is off screen (a slide not yet shown) is flagged.
      observeElement: document.getElementById('root'),
    });
    return {
      run: (calls, spec, options) => engine.run(calls, spec, options),
      calibration: () => engine.calibration(),
      subscribe: (listener) => engine.subscribe(listener),
      calibrationProblem: () => engine.calibrationProblem(),
    };
  }, [ready]);
  const liveServer = useMemo<LiveServerPort | null>(
    () =>
      ready
        ? createLiveServerPort({
            baseUrl: document.baseURI,
            registry: appRuns,
            observeElement: document.getElementById('root'),
          })
        : null,
    [ready, appRuns],
  );

  const setScenario = useFrameSetScenario(url.setScenario, scenario.view.embed);
  const [bus] = useState(createLabCommandBus);
  // #teach: the Teach page instead of the lab (never in a frame: a slide shows a lab).
  const teach = useTeachPage() && !scenario.view.embed;
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = (): void => setShortcutsOpen(true);
  // The error fallback's way back: the page without a query (pushed, so Back returns to it).
  const backToDefault = (): void => url.setScenario(DEFAULT_SCENARIO);
  return (
    <LabCommandContext value={bus}>
      <PaletteThemeContext value={scenario.view.theme}>
        {scenario.view.embed ? null : (
          <AppHeader worker={worker} paused={networkRuns} onShowShortcuts={showShortcuts} />
        )}
        <LabErrorBoundary onBackToDefault={backToDefault}>
          {teach ? (
            <TeachPage />
          ) : (
            <LabShell
              scenario={scenario}
              messages={messages}
              setScenario={setScenario}
              worker={worker}
              live={live}
              liveServer={liveServer}
              network={networkAccess}
              onShowShortcuts={showShortcuts}
            />
          )}
          {/* After the shell: its lab registers on the bus before the presenter's effects run. */}
          <Presenter
            bus={bus}
            scenario={scenario}
            messages={messages}
            setScenario={setScenario}
            shortcutsOpen={shortcutsOpen}
            setShortcutsOpen={setShortcutsOpen}
          />
        </LabErrorBoundary>
      </PaletteThemeContext>
    </LabCommandContext>
  );
}
