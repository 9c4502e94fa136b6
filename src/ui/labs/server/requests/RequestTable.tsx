import { memo, type ReactNode } from 'react';
import { formatCount } from '../../../../core/format/formatCount.ts';
import { formatExactMs, formatDuration } from '../../../../core/format/formatDuration.ts';
import { ScrollTable, TableDisclosure } from '../../../timeline/index.ts';
import { requestDetails, type RequestDetails } from '../serverTimeline/requestDetails.ts';
import type { ServerTimelineData } from '../serverTimeline/serverTimelineData.ts';

/** Rows rendered at most (the CLI's JSON has every request). */
export const REQUEST_TABLE_ROW_LIMIT = 500;

export interface RequestTableProps {
  readonly data: ServerTimelineData;
  /** The timeline's cursor: times after it are not shown yet. */
  readonly nowMs: number;
  /** Bumps when the data or the cursor changed (re-renders the open table). */
  readonly version: number;
}

const cell = (ms: number | null): string => (ms === null ? '—' : formatExactMs(ms));

/** Memoised on primitives: while a run animates, only rows whose numbers changed re-render. */
const RequestRow = memo(function RequestRow(row: RequestDetails) {
  return (
    <tr data-testid="request-row">
      <th scope="row">{row.number}</th>
      <td>{cell(row.sentMs)}</td>
      <td>{cell(row.startMs)}</td>
      <td>{cell(row.endMs)}</td>
      <td>{row.worker ?? '—'}</td>
      <td>{cell(row.atServerMs)}</td>
      <td>{cell(row.latencyMs)}</td>
      <td>{row.state}</td>
    </tr>
  );
});

const REQUEST_COLUMNS = [
  'Request #',
  'Sent',
  'Started',
  'Ended',
  'Worker',
  'Waited',
  'Latency',
  'State',
] as const;

/**
 * The requests as an accessible table inside a closed-by-default disclosure: the timeline's
 * equivalent for screen readers and for reading exact times (the span table's pattern, and its
 * TableDisclosure: rows are rendered only while it is open).
 */
function RequestTableView({ data, nowMs }: RequestTableProps) {
  const shown = Math.min(data.count, REQUEST_TABLE_ROW_LIMIT);
  const at = Number.isFinite(nowMs) ? ` at ${formatDuration(Math.round(nowMs))}` : '';
  const body = (): ReactNode => {
    const rows: RequestDetails[] = [];
    for (let i = 0; i < shown; i += 1) rows.push(requestDetails(data, i, nowMs));
    return (
      <>
        {shown < data.count ? (
          <p className="span-table__note">
            Showing the first {formatCount(shown)} of {formatCount(data.count)} requests.
          </p>
        ) : null}
        <ScrollTable
          label="Requests"
          testId="request-table"
          columns={REQUEST_COLUMNS}
          caption={
            <>
              {formatCount(data.count)} {data.count === 1 ? 'request' : 'requests'}
              {at}, times in ms from the start of the load test; a dash means not yet.
              &ldquo;Waited&rdquo; is the time at the server before a worker took the request,
              &ldquo;latency&rdquo; from when the request was due (t = 0 in a closed run) to its
              response.
            </>
          }
        >
          {rows.map((row) => (
            <RequestRow key={row.number} {...row} />
          ))}
        </ScrollTable>
      </>
    );
  };
  return (
    <TableDisclosure className="span-table request-table" summary="Requests as a table">
      {body}
    </TableDisclosure>
  );
}

/** Memoised: a new `data`, `nowMs` or `version` re-renders it; the lab's other updates do not. */
export const RequestTable = memo(RequestTableView);
