import { useSyncExternalStore } from 'react';
import { DEFAULT_SCENARIO, modelSpecOf, planCalls } from '../core/scenario.ts';
import { FirstRunPanel } from '../ui/FirstRunPanel.tsx';
import { useFirstRun } from './useFirstRun.ts';
import type { WorkerStatusStore } from './workerStatusStore.ts';

// The first page runs the default scenario only; drawn once, since its latencies never change.
const CALLS = planCalls(DEFAULT_SCENARIO.calls, DEFAULT_SCENARIO.seed);
const SPEC = modelSpecOf(DEFAULT_SCENARIO);

export function App({ workerStatus }: { readonly workerStatus: WorkerStatusStore }) {
  const worker = useSyncExternalStore(workerStatus.subscribe, workerStatus.getSnapshot);
  const { run, start } = useFirstRun(CALLS, SPEC);
  return (
    <FirstRunPanel
      calls={CALLS}
      model={DEFAULT_SCENARIO.model}
      run={run}
      worker={worker}
      onRun={start}
    />
  );
}
