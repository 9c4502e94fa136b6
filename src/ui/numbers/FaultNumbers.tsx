import { useId } from 'react';
import type { FaultStats } from '../../core/faults/faultStats.ts';
import type { FaultPrediction } from '../../core/faults/predictFaults.ts';
import { faultFigures } from './faultFigures.ts';
import { Figure } from './Figure.tsx';

export interface FaultNumbersProps {
  /** Known when the run is done. */
  readonly stats: FaultStats | null;
  /** Known from the start of a run with faults or a policy. */
  readonly prediction: FaultPrediction | null;
}

/** What failures cost a run: the request's outcome, success, load, waste and the tail. */
export function FaultNumbers({ stats, prediction }: FaultNumbersProps) {
  const headingId = useId();
  const notes = prediction?.notes ?? [];
  return (
    <section className="run-numbers run-numbers--faults" aria-labelledby={headingId}>
      <h2 id={headingId} className="run-numbers__heading">
        Failures
      </h2>
      <dl className="run-numbers__figures">
        {faultFigures(stats, prediction).map((figure) => (
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
    </section>
  );
}
