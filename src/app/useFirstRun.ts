import { useCallback, useState } from 'react';
import type { ModelSpec } from '../core/modelSpec.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { RunState } from '../ui/FirstRunPanel.tsx';
import { runVirtualFanOut } from './runVirtualFanOut.ts';

/** The Run button's state machine: idle -> running -> done (or back to idle with the error). */
export function useFirstRun(
  calls: readonly PlannedCall[],
  spec: ModelSpec,
): { run: RunState; start: () => void } {
  const [run, setRun] = useState<RunState>({ kind: 'idle', error: null });
  const start = useCallback(() => {
    setRun({ kind: 'running' });
    runVirtualFanOut(calls, spec).then(
      (outcome) => setRun({ kind: 'done', ...outcome }),
      (error: unknown) =>
        setRun({ kind: 'idle', error: error instanceof Error ? error.message : String(error) }),
    );
  }, [calls, spec]);
  return { run, start };
}
