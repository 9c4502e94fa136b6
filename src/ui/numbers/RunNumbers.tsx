import { useId } from 'react';
import { Figure } from './Figure.tsx';
import { formatCount } from '../../core/format/formatCount.ts';
import { durationFigure } from './durationFigure.ts';
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
  /** Most calls started and not finished at once (retry backoffs included). */
  readonly peakCallsInFlight: number | null;
  /** Most copies on the wire at once (first sends, retries, hedges): what the upstream served. */
  readonly peakRequestsOnWire: number | null;
  readonly totalWaitMs: number | null;
  /** e.g. "mock overhead 9.8 ms, compensated", "measuring…", "n/a (virtual)". */
  readonly calibration: string;
  /** Reasons a run's timings may not be trusted (hidden tab, busy main thread); often empty. */
  readonly notes: readonly string[];
}

const countOrNull = (n: number | null): string | null => (n === null ? null : formatCount(n));

/**
 * The figures of a run: makespan beside its prediction, peak calls in flight and peak requests on
 * the wire, queued wait.
 */
export function RunNumbers(props: RunNumbersProps) {
  const { status, makespanMs, predictedMs, totalWaitMs, calibration, notes } = props;
  const { peakCallsInFlight, peakRequestsOnWire } = props;
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
          {...durationFigure(makespanMs)}
          detail={gap}
        />
        <Figure
          label="Predicted"
          testId="predicted-ms"
          {...durationFigure(predictedMs)}
          detail={noClosedForm ? 'no closed form with failures, timeouts or hedges' : null}
        />
        {/* Two peaks, named apart: they differ with hedges (two copies of one call) and with
            retries that release their slot (a call backing off has nothing on the wire). */}
        <Figure
          label="Peak calls in flight"
          testId="peak-calls-in-flight"
          value={countOrNull(peakCallsInFlight)}
          exact={peakCallsInFlight}
          unit={peakCallsInFlight === 1 ? 'call' : 'calls'}
          detail="started and not finished"
        />
        <Figure
          label="Peak requests on the wire"
          testId="peak-requests-on-wire"
          value={countOrNull(peakRequestsOnWire)}
          exact={peakRequestsOnWire}
          unit={peakRequestsOnWire === 1 ? 'request' : 'requests'}
          detail="copies out at once: retries and hedges count"
        />
        <Figure label="Total queued wait" testId="total-wait-ms" {...durationFigure(totalWaitMs)} />
      </dl>
      <RunNumbersFooter label="Calibration:" text={calibration} notes={notes} />
    </section>
  );
}
