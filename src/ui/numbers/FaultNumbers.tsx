import type { FaultStats } from '../../core/faults/faultStats.ts';
import type { FaultPrediction } from '../../core/faults/predictFaults.ts';
import { faultFigures } from './faultFigures.ts';
import { faultSummaryText } from './faultSummaryText.ts';
import { Figure } from './Figure.tsx';

export interface FaultNumbersProps {
  /** Known when the run is done. */
  readonly stats: FaultStats | null;
  /** Known from the start of a run with faults or a policy. */
  readonly prediction: FaultPrediction | null;
}

/**
 * What failures cost a run: the request's outcome, success, load, waste and the tail. Folded to
 * one summary line by default, so it never pushes the timeline down (or, in a slide, off the
 * frame); opened on demand.
 */
export function FaultNumbers({ stats, prediction }: FaultNumbersProps) {
  const notes = prediction?.notes ?? [];
  const figures = faultFigures(stats, prediction);
  return (
    <details className="run-numbers run-numbers--faults" data-testid="fault-numbers">
      <summary className="run-numbers__summary">
        <h2 className="run-numbers__heading">Failures</h2>
        <span className="run-numbers__summary-text">{faultSummaryText(figures)}</span>
      </summary>
      <div className="run-numbers__fault-body">
        <dl className="run-numbers__figures">
          {figures.map((figure) => (
            <Figure key={figure.testId} {...figure} />
          ))}
        </dl>
        {notes.length === 0 ? null : (
          <ul className="run-numbers__fault-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
