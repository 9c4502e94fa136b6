import { memo } from 'react';
import type { FaultStats } from '../../../core/faults/faultStats.ts';
import { formatMs } from '../../numbers/formatMs.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { modelInWords } from '../../controls/modelInWords.ts';

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
          <span className="visually-hidden">not measured yet</span>
        </>
      ) : null}
    </td>
  );
}

/** A model's failure figures (docs/faults.md); dashes until its run is done. */
function FaultCells({ stats }: { readonly stats: FaultStats | null }) {
  return (
    <>
      <NumberCell testId="compare-request-outcome" value={stats?.outcome?.status ?? null} />
      <NumberCell
        testId="compare-success-pct"
        value={stats === null ? null : String(Math.round(stats.successPct * 10) / 10)}
      />
      <NumberCell
        testId="compare-copies-per-call"
        value={stats === null ? null : String(Math.round(stats.loadFactor * 100) / 100)}
      />
      <NumberCell testId="compare-wasted-ms" value={msOrNull(stats?.wastedMs)} />
    </>
  );
}

const msOrNull = (ms: number | undefined): string | null =>
  ms === undefined ? null : formatMs(ms);

/** The comparison's numbers, one row per model: what the charts show, readable by everyone. */
function CompareTableView(props: {
  readonly rows: readonly CompareRow[];
  /** The comparison has faults or a call policy: show what failures did to each model. */
  readonly faulty: boolean;
}) {
  const { rows, faulty } = props;
  return (
    // The table can be wider than its column (more so with the failure columns): the scrolling
    // wrapper takes keyboard focus so it can be scrolled without a mouse.
    <div className="compare-table" role="region" aria-label="Every model's numbers" tabIndex={0}>
      <table data-testid="compare-table">
        <caption>
          Every model on the same calls. Times in ms from the start of the request; a dash means not
          measured yet. Calls in flight: started and not finished (retry backoffs included).
          Requests on the wire: copies out at once (retries and hedges count).
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Predicted (ms)</th>
            <th scope="col">Measured (ms)</th>
            <th scope="col">Peak calls in flight</th>
            <th scope="col">Peak requests on the wire</th>
            <th scope="col">Total wait (ms)</th>
            {faulty ? (
              <>
                <th scope="col">Request</th>
                <th scope="col">Calls answered (%)</th>
                <th scope="col">Copies per call</th>
                <th scope="col">Wasted call time (ms)</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.model} data-testid="compare-row" data-model={row.model}>
              <th scope="row">{modelInWords(row.spec)}</th>
              <NumberCell
                testId="compare-predicted-ms"
                value={row.predictedMs === null ? 'no closed form' : formatMs(row.predictedMs)}
              />
              <NumberCell testId="compare-makespan-ms" value={msOrNull(row.stats?.makespanMs)} />
              <NumberCell
                testId="compare-peak-calls-in-flight"
                value={row.stats ? String(row.stats.peakCallsInFlight) : null}
              />
              <NumberCell
                testId="compare-peak-requests-on-wire"
                value={row.stats ? String(row.stats.peakRequestsOnWire) : null}
              />
              <NumberCell testId="compare-total-wait-ms" value={msOrNull(row.stats?.totalWaitMs)} />
              {faulty ? <FaultCells stats={row.faultStats} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised on `rows`, which changes only when a model finishes (not on every frame). */
export const CompareTable = memo(CompareTableView);
