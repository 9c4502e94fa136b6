import type { ReactNode } from 'react';
import type { RunStatus } from '../run/runSnapshot.ts';

interface RunBarProps {
  readonly status: RunStatus;
  readonly engineLabel: string;
  readonly onRun: () => void;
  readonly onReset: () => void;
  /** More buttons after Reset (the settings toggle). */
  readonly children?: ReactNode;
}

/** Run and Reset: the two actions of every lab, large enough for a projector and a clicker. */
export function RunBar({ status, engineLabel, onRun, onReset, children }: RunBarProps) {
  return (
    <div className="run-bar">
      <button type="button" className="run-button" onClick={onRun} data-testid="run-button">
        {status === 'running' ? 'Restart' : 'Run'}
        <span className="run-button-engine">{engineLabel}</span>
      </button>
      <button
        type="button"
        className="reset-button"
        onClick={onReset}
        disabled={status === 'idle'}
        data-testid="reset-button"
      >
        Reset
      </button>
      {children}
    </div>
  );
}
