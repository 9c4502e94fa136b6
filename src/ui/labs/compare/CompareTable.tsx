import { memo } from 'react';
import { formatMs } from '../../numbers/formatMs.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { modelInWords } from './modelInWords.ts';

/**
 * A number cell: the test-id element holds the plain number and nothing else; with no value it
 * stays, empty, and a sibling shows the dash (the convention of RunNumbers).
 */
function NumberCell({ testId, value }: { readonly testId: string; readonly value: string | null }) {
  return (
    <td>
      <span data-testid={testId}>{value ?? ''}</span>
      {value === null ? (
        <>
          <span aria-hidden="true">—</span>
          <span className="controls__visually-hidden">not measured yet</span>
        </>
      ) : null}
    </td>
  );
}

const msOrNull = (ms: number | undefined): string | null =>
  ms === undefined ? null : formatMs(ms);

/** The comparison's numbers, one row per model: what the charts show, readable by everyone. */
function CompareTableView({ rows }: { readonly rows: readonly CompareRow[] }) {
  return (
    <div className="compare-table">
      <table data-testid="compare-table">
        <caption>
          Every model on the same calls. Times in ms from the start of the request; a dash means not
          measured yet.
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Predicted (ms)</th>
            <th scope="col">Measured (ms)</th>
            <th scope="col">Peak in flight (calls)</th>
            <th scope="col">Total wait (ms)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.model} data-testid="compare-row" data-model={row.model}>
              <th scope="row">{modelInWords(row.spec)}</th>
              <NumberCell testId="compare-predicted-ms" value={formatMs(row.predictedMs)} />
              <NumberCell testId="compare-makespan-ms" value={msOrNull(row.stats?.makespanMs)} />
              <NumberCell
                testId="compare-peak-in-flight"
                value={row.stats ? String(row.stats.peakInFlight) : null}
              />
              <NumberCell testId="compare-total-wait-ms" value={msOrNull(row.stats?.totalWaitMs)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised on `rows`, which changes only when a model finishes (not on every frame). */
export const CompareTable = memo(CompareTableView);
