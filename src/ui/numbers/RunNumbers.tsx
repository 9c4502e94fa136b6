import { useId } from 'react';
import { Figure } from './Figure.tsx';
import { formatMs } from './formatMs.ts';
import { makespanGap } from './makespanGap.ts';
import { RunNumbersFooter } from './RunNumbersFooter.tsx';
import { RunNumbersHeader } from './RunNumbersHeader.tsx';

export type RunStatus = 'idle' | 'running' | 'done';

export interface RunNumbersProps {
  readonly status: RunStatus;
  readonly makespanMs: number | null;
  readonly predictedMs: number | null;
  /** Faults or the call policy leave the makespan without a closed form (docs/faults.md). */
  readonly noClosedForm?: boolean;
  readonly peakInFlight: number | null;
  readonly totalWaitMs: number | null;
  /** e.g. "mock overhead 9.8 ms, compensated", "measuring…", "n/a (virtual)". */
  readonly calibration: string;
  /** Reasons a run's timings may not be trusted (hidden tab, busy main thread); often empty. */
  readonly notes: readonly string[];
}

const msOrNull = (ms: number | null): string | null => (ms === null ? null : formatMs(ms));

/** The figures of a run: makespan beside its prediction, peak concurrency, queued wait. */
export function RunNumbers(props: RunNumbersProps) {
  const { status, makespanMs, predictedMs, peakInFlight, totalWaitMs, calibration, notes } = props;
  const noClosedForm = props.noClosedForm === true;
  const headingId = useId();
  const gap =
    status === 'done' && makespanMs !== null && predictedMs !== null
      ? makespanGap(makespanMs, predictedMs)
      : null;
  return (
    <section className="run-numbers" aria-labelledby={headingId}>
      <RunNumbersHeader headingId={headingId} heading="Result" status={status} />
      <dl className="run-numbers__figures">
        <Figure
          label="Makespan"
          testId="makespan-ms"
          value={msOrNull(makespanMs)}
          unit="ms"
          detail={gap}
        />
        <Figure
          label="Predicted"
          testId="predicted-ms"
          value={msOrNull(predictedMs)}
          unit="ms"
          detail={noClosedForm ? 'no closed form with failures, timeouts or hedges' : null}
        />
        <Figure
          label="Peak in flight"
          testId="peak-in-flight"
          value={peakInFlight === null ? null : String(peakInFlight)}
          unit={peakInFlight === 1 ? 'call' : 'calls'}
        />
        <Figure
          label="Total queued wait"
          testId="total-wait-ms"
          value={msOrNull(totalWaitMs)}
          unit="ms"
        />
      </dl>
      <RunNumbersFooter label="Calibration:" text={calibration} notes={notes} />
    </section>
  );
}
