import { memo, useState, type ReactNode } from 'react';
import { formatCount } from '../../core/format/formatCount.ts';
import { formatDuration, formatExactMs } from '../../core/format/formatDuration.ts';
import { callDetails, type CallState } from './callDetails.ts';
import { spanCsv } from './spanCsv.ts';
import type { TimelineData } from './timelineData.ts';

/** Rows rendered at most; "Copy as CSV" always copies every call. */
export const SPAN_TABLE_ROW_LIMIT = 500;

export interface SpanTableProps {
  readonly data: TimelineData;
  /** The same cursor as the timeline: times after it are not shown yet. */
  readonly nowMs: number;
  /** Bump it when the data's arrays were mutated in place (a live run's events). */
  readonly version: number;
  /** Open the disclosure initially (default: closed). */
  readonly initiallyOpen?: boolean;
}

interface SpanRowProps {
  readonly number: number;
  readonly service: string;
  readonly latencyMs: number;
  readonly readyMs: number | null;
  readonly startMs: number | null;
  readonly endMs: number | null;
  readonly queuedMs: number | null;
  readonly inFlightMs: number | null;
  readonly state: CallState;
  readonly copies: number;
  readonly copyOutcomes: string;
  readonly wire: string;
  readonly wireCell: string;
  /** The run has wire phases: the row carries the Wire column. */
  readonly wired: boolean;
}

/** The copies cell: the count, and how each ended when the run recorded copies. */
function copiesCell(copies: number, outcomes: string): string {
  return outcomes === '' ? String(copies) : `${copies}: ${outcomes}`;
}

/**
 * Unknown (not yet happened) times read as a dash rather than an empty cell. Columns stay in ms
 * (grouped, exact to 0.001) so rows compare digit by digit; the caption names the unit.
 */
function cell(ms: number | null): string {
  return ms === null ? '—' : formatExactMs(ms);
}

/** Memoised on primitives: while a run animates, only rows whose numbers changed re-render. */
const SpanRow = memo(function SpanRow(row: SpanRowProps) {
  return (
    <tr data-testid="span-row">
      <th scope="row">{row.number}</th>
      <td>{row.service}</td>
      <td>{formatExactMs(row.latencyMs)}</td>
      <td>{cell(row.readyMs)}</td>
      <td>{cell(row.startMs)}</td>
      <td>{cell(row.endMs)}</td>
      <td>{cell(row.queuedMs)}</td>
      <td>{cell(row.inFlightMs)}</td>
      <td>{row.state}</td>
      <td>{copiesCell(row.copies, row.copyOutcomes)}</td>
      {row.wired ? (
        <td data-testid="span-wire">{row.wireCell === '' ? '—' : row.wireCell}</td>
      ) : null}
    </tr>
  );
});

type CopyStatus = { readonly ok: boolean; readonly text: string } | null;

async function copyCsv(csv: string, rows: number): Promise<CopyStatus> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') {
    return {
      ok: false,
      text:
        'The clipboard is not available on this page (it needs https or localhost). ' +
        'Select the table and copy it instead.',
    };
  }
  try {
    await clipboard.writeText(csv);
    return { ok: true, text: `Copied ${rows} ${rows === 1 ? 'row' : 'rows'} as CSV.` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, text: `Copying failed (${reason}). Select the table and copy it instead.` };
  }
}

/**
 * A closed-by-default disclosure holding a table (the span table's, and the server lab's request
 * table): `children` renders the body only while it is open, so a replay does not re-render a
 * hidden table every frame.
 */
export function TableDisclosure({
  className,
  summary,
  initiallyOpen = false,
  children,
}: {
  readonly className: string;
  readonly summary: string;
  readonly initiallyOpen?: boolean;
  readonly children: () => ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className={className}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open ? <div className="span-table__body">{children()}</div> : null}
    </details>
  );
}

/** The table in its scroll region, with a caption and one header row of `columns`. */
export function ScrollTable({
  label,
  testId,
  caption,
  columns,
  children,
}: {
  /** The scroll region's accessible name. */
  readonly label: string;
  readonly testId: string;
  readonly caption: ReactNode;
  readonly columns: readonly string[];
  /** The rows. */
  readonly children: ReactNode;
}) {
  return (
    // Focusable so that keyboard users can scroll it (a table has nothing to tab to).
    <div className="span-table__scroll" tabIndex={0} role="region" aria-label={label}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const SPAN_COLUMNS = [
  'Call #',
  'Service',
  'Latency',
  'Ready',
  'Start',
  'End',
  'Queued',
  'In flight',
  'Status',
  'Copies',
] as const;

/** With wire phases (network engine, connection cap): the phases and protocol of each call. */
const WIRED_SPAN_COLUMNS = [...SPAN_COLUMNS, 'Wire (protocol)'] as const;

/**
 * The timeline's spans as an accessible table inside a closed-by-default disclosure: the
 * equivalent of the canvas for screen readers, and a way to copy the numbers.
 */
function SpanTableView({ data, nowMs, initiallyOpen = false }: SpanTableProps) {
  const [copyStatus, setCopyStatus] = useState<CopyStatus>(null);
  const shown = Math.min(data.count, SPAN_TABLE_ROW_LIMIT);
  const work = data.work.filter((span) => span.startedAtMs <= nowMs && span.startedAtMs < Infinity);
  const at = Number.isFinite(nowMs) ? ` at ${formatDuration(nowMs)}` : '';

  const onCopy = async (): Promise<void> => {
    setCopyStatus(await copyCsv(spanCsv(data, nowMs), data.count));
  };

  const body = (): ReactNode => {
    const rows: SpanRowProps[] = [];
    const wired = data.wire?.any === true || data.copies?.wire.any === true;
    for (let i = 0; i < shown; i += 1) rows.push({ ...callDetails(data, i, nowMs), wired });
    return (
      <>
        <div className="span-table__actions">
          <button type="button" className="span-table__copy" onClick={() => void onCopy()}>
            Copy as CSV
          </button>
          <span role="status" className={copyStatus?.ok === false ? 'span-table__error' : ''}>
            {copyStatus?.text ?? ''}
          </span>
        </div>
        {shown < data.count ? (
          <p className="span-table__note">
            Showing the first {formatCount(shown)} of {formatCount(data.count)} calls; &ldquo;Copy
            as CSV&rdquo; copies them all.
          </p>
        ) : null}
        <ScrollTable
          label="Spans"
          testId="span-table"
          columns={wired ? WIRED_SPAN_COLUMNS : SPAN_COLUMNS}
          caption={
            <>
              {formatCount(data.count)} {data.count === 1 ? 'call' : 'calls'}
              {at}, times in ms from the start of the request; a dash means not yet.
            </>
          }
        >
          {rows.map((row) => (
            <SpanRow key={row.number} {...row} />
          ))}
        </ScrollTable>
        {work.map((span, k) => (
          <p key={k} className="span-table__note">
            Local work: {formatDuration(span.startedAtMs)} to{' '}
            {span.endedAtMs <= nowMs && span.endedAtMs < Infinity
              ? formatDuration(span.endedAtMs)
              : 'not finished yet'}
            .
          </p>
        ))}
      </>
    );
  };

  return (
    <TableDisclosure
      className="span-table"
      summary="Spans as a table"
      initiallyOpen={initiallyOpen}
    >
      {body}
    </TableDisclosure>
  );
}

/**
 * Memoised: the parent's other updates skip it; a new `data`, `nowMs` or `version` (the arrays
 * changed in place) re-renders it.
 */
export const SpanTable = memo(SpanTableView);
