import { useMemo, useSyncExternalStore } from 'react';
import { createLiveEngine } from '../live/liveEngine.ts';
import type { AppRunRegistry } from '../live/server/appRunRegistry.ts';
import { createLiveServerPort } from '../live/server/createLiveServerPort.ts';
import { AppHeader } from '../ui/AppHeader.tsx';
import { LabShell } from '../ui/labs/LabShell.tsx';
import type { LiveEnginePort } from '../ui/liveEnginePort.ts';
import type { LiveServerPort } from '../ui/liveServerPort.ts';
import type { WorkerStatusStore } from './workerStatusStore.ts';

/** Wiring: the worker's state decides whether the labs get a live engine. */
export function App({
  workerStatus,
  appRuns,
}: {
  readonly workerStatus: WorkerStatusStore;
  /** Shared with the mock worker's app handler: the live server port registers its runs here. */
  readonly appRuns: AppRunRegistry;
}) {
  const worker = useSyncExternalStore(workerStatus.subscribe, workerStatus.getSnapshot);
  const ready = worker.kind === 'ready';
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
  return (
    <>
      <AppHeader worker={worker} />
      <LabShell worker={worker} live={live} liveServer={liveServer} />
    </>
  );
}
