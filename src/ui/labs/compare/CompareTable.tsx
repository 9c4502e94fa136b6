import { memo } from 'react';
import type { FaultStats } from '../../../core/faults/faultStats.ts';
import { formatCount } from '../../../core/format/formatCount.ts';
import { formatDuration } from '../../../core/format/formatDuration.ts';
import { formatPercent, formatRatio } from '../../../core/format/formatRate.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { modelInWords } from '../../controls/modelInWords.ts';
import { overProtocol } from './protocolWords.ts';

/**
 * A number cell: the test-id element holds the number as shown ("1,250 ms", "12.4 s": durations
 * carry their unit, as it changes with size) and its exact value in `data-value`; with no value
 * it stays, empty, and a sibling shows the dash (the convention of RunNumbers).
 */
function NumberCell({
  testId,
  value,
  exact = null,
}: {
  readonly testId: string;
  readonly value: string | null;
  readonly exact?: number | null;
}) {
  return (
    <td>
      <span data-value={value === null || exact === null ? undefined : exact} data-testid={testId}>
        {value ?? ''}
      </span>
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
        value={stats === null ? null : formatPercent(stats.successPct)}
        exact={stats?.successPct ?? null}
      />
      <NumberCell
        testId="compare-copies-per-call"
        value={stats === null ? null : formatRatio(stats.loadFactor)}
        exact={stats?.loadFactor ?? null}
      />
      <DurationCell testId="compare-wasted-ms" ms={stats?.wastedMs} />
    </>
  );
}

/** A duration cell: "1,250 ms", "12.4 s", "20:41 min"; the exact ms in `data-value`. */
function DurationCell({
  testId,
  ms,
}: {
  readonly testId: string;
  readonly ms: number | undefined;
}) {
  return (
    <NumberCell
      testId={testId}
      value={ms === undefined ? null : formatDuration(ms)}
      exact={ms ?? null}
    />
  );
}

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
          Every model on the same calls. Times from the start of the request; a dash means not
          measured yet. Calls in flight: started and not finished (retry backoffs included).
          Requests on the wire: copies out at once (retries and hedges count).
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Predicted</th>
            <th scope="col">Measured</th>
            <th scope="col">Peak calls in flight</th>
            <th scope="col">Peak requests on the wire</th>
            <th scope="col">Total wait</th>
            {faulty ? (
              <>
                <th scope="col">Request</th>
                <th scope="col">Calls answered</th>
                <th scope="col">Copies per call</th>
                <th scope="col">Wasted call time</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.model} ${row.protocol ?? ''}`}
              data-testid="compare-row"
              data-model={row.model}
              data-protocol={row.protocol ?? undefined}
            >
              <th scope="row">
                {modelInWords(row.spec)}
                {overProtocol(row.protocol)}
              </th>
              <NumberCell
                testId="compare-predicted-ms"
                value={
                  row.predictedMs === null ? 'no closed form' : formatDuration(row.predictedMs)
                }
                exact={row.predictedMs}
              />
              <DurationCell testId="compare-makespan-ms" ms={row.stats?.makespanMs} />
              <NumberCell
                testId="compare-peak-calls-in-flight"
                value={row.stats ? formatCount(row.stats.peakCallsInFlight) : null}
                exact={row.stats?.peakCallsInFlight ?? null}
              />
              <NumberCell
                testId="compare-peak-requests-on-wire"
                value={row.stats ? formatCount(row.stats.peakRequestsOnWire) : null}
                exact={row.stats?.peakRequestsOnWire ?? null}
              />
              <DurationCell testId="compare-total-wait-ms" ms={row.stats?.totalWaitMs} />
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
