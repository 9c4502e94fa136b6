import { useId } from 'react';
import { RunNumbersFooter } from '../../numbers/RunNumbersFooter.tsx';
import { RunNumbersHeader } from '../../numbers/RunNumbersHeader.tsx';
import type { RunStatus } from '../../run/runSnapshot.ts';
import { liveProgressText } from './liveProgressText.ts';

export interface CompareStatusProps {
  readonly status: RunStatus;
  /** The model a live comparison is running (index), or null. */
  readonly liveLane: number | null;
  /** The live comparison's time scale (1: real time). */
  readonly timeScale: number;
  readonly modelCount: number;
  /** One line on the live engine's calibration (see calibrationText). */
  readonly calibration: string;
  /** Why timings may not be trusted, and why a comparison failed; often empty. */
  readonly notes: readonly string[];
}

/**
 * The comparison's state: the status the e2e tests wait on (`run-status`, as in the Fan-out lab),
 * the live turn-taking notice, the calibration line and any reliability notes. It reuses the
 * Fan-out lab's result panel styles (numbers.css).
 */
export function CompareStatus(props: CompareStatusProps) {
  const { status, liveLane, timeScale, modelCount, calibration, notes } = props;
  const headingId = useId();
  return (
    <section className="run-numbers compare-status" aria-labelledby={headingId}>
      <RunNumbersHeader headingId={headingId} heading="Comparison" status={status} />
      <p className="compare-status__progress" role="status" data-testid="compare-live-progress">
        {liveLane === null ? '' : liveProgressText(liveLane, modelCount, timeScale)}
      </p>
      <RunNumbersFooter label="Calibration:" text={calibration} notes={notes} />
    </section>
  );
}
