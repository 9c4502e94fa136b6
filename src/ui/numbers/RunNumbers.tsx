import { useId } from 'react';
import { formatMs } from './formatMs.ts';
import { makespanGap } from './makespanGap.ts';

export type RunStatus = 'idle' | 'running' | 'done';

export interface RunNumbersProps {
  readonly status: RunStatus;
  readonly makespanMs: number | null;
  readonly predictedMs: number | null;
  readonly peakInFlight: number | null;
  readonly totalWaitMs: number | null;
  /** e.g. "mock overhead 9.8 ms, compensated", "measuring…", "n/a (virtual)". */
  readonly calibration: string;
  /** Reasons a run's timings may not be trusted (hidden tab, busy main thread); often empty. */
  readonly notes: readonly string[];
}

interface FigureProps {
  readonly label: string;
  readonly testId: string;
  readonly value: string | null;
  readonly unit: string;
  readonly detail?: string | null;
}

/**
 * One big figure. The test-id element holds the plain number and nothing else; with no value it
 * stays in the page, empty, and a sibling shows the em dash (so a test can wait for the element
 * and then for its text, and never reads "—" as a number). The unit is a sibling too.
 */
function Figure({ label, testId, value, unit, detail = null }: FigureProps) {
  return (
    <div className="run-numbers__figure">
      <dt className="run-numbers__label">{label}</dt>
      <dd className="run-numbers__value">
        <span data-testid={testId}>{value ?? ''}</span>
        {value === null ? (
          <span className="run-numbers__none">
            <span aria-hidden="true">—</span>
            <span className="run-numbers__visually-hidden">not measured yet</span>
          </span>
        ) : (
          <span className="run-numbers__unit">{unit}</span>
        )}
      </dd>
      {detail === null ? null : <dd className="run-numbers__detail">{detail}</dd>}
    </div>
  );
}

const msOrNull = (ms: number | null): string | null => (ms === null ? null : formatMs(ms));

/** The figures of a run: makespan beside its prediction, peak concurrency, queued wait. */
export function RunNumbers(props: RunNumbersProps) {
  const { status, makespanMs, predictedMs, peakInFlight, totalWaitMs, calibration, notes } = props;
  const headingId = useId();
  const gap =
    status === 'done' && makespanMs !== null && predictedMs !== null
      ? makespanGap(makespanMs, predictedMs)
      : null;
  return (
    <section className="run-numbers" aria-labelledby={headingId}>
      <div className="run-numbers__header">
        <h2 id={headingId} className="run-numbers__heading">
          Result
        </h2>
        <p className={`run-numbers__status run-numbers__status--${status}`} aria-live="polite">
          <span className="run-numbers__visually-hidden">Status: </span>
          <span data-testid="run-status">{status}</span>
        </p>
      </div>
      <dl className="run-numbers__figures">
        <Figure
          label="Makespan"
          testId="makespan-ms"
          value={msOrNull(makespanMs)}
          unit="ms"
          detail={gap}
        />
        <Figure label="Predicted" testId="predicted-ms" value={msOrNull(predictedMs)} unit="ms" />
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
      <p className="run-numbers__calibration">
        <span className="run-numbers__calibration-label">Calibration:</span> {calibration}
      </p>
      {notes.length === 0 ? null : (
        <div className="run-numbers__notes">
          <h3 className="run-numbers__notes-heading">Reliability notes</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
