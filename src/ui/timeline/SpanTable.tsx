import { memo, useState } from 'react';
import { callDetails, formatMs, type CallState } from './callDetails.ts';
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
}

/** Unknown (not yet happened) times read as a dash rather than an empty cell. */
function cell(ms: number | null): string {
  return ms === null ? '—' : formatMs(ms);
}

/** Memoised on primitives: while a run animates, only rows whose numbers changed re-render. */
const SpanRow = memo(function SpanRow(row: SpanRowProps) {
  return (
    <tr data-testid="span-row">
      <th scope="row">{row.number}</th>
      <td>{row.service}</td>
      <td>{formatMs(row.latencyMs)}</td>
      <td>{cell(row.readyMs)}</td>
      <td>{cell(row.startMs)}</td>
      <td>{cell(row.endMs)}</td>
      <td>{cell(row.queuedMs)}</td>
      <td>{cell(row.inFlightMs)}</td>
      <td>{row.state}</td>
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
 * The timeline's spans as an accessible table inside a closed-by-default disclosure: the
 * equivalent of the canvas for screen readers, and a way to copy the numbers. Rows are rendered
 * only while the disclosure is open, so a replay does not re-render a hidden table every frame.
 */
function SpanTableView({ data, nowMs, initiallyOpen = false }: SpanTableProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>(null);
  const shown = Math.min(data.count, SPAN_TABLE_ROW_LIMIT);
  const rows: SpanRowProps[] = [];
  if (open) {
    for (let i = 0; i < shown; i += 1) rows.push(callDetails(data, i, nowMs));
  }
  const work = data.work.filter((span) => span.startedAtMs <= nowMs && span.startedAtMs < Infinity);
  const at = Number.isFinite(nowMs) ? ` at ${formatMs(nowMs)} ms` : '';

  const onCopy = async (): Promise<void> => {
    setCopyStatus(await copyCsv(spanCsv(data, nowMs), data.count));
  };

  return (
    <details
      className="span-table"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Spans as a table</summary>
      {open ? (
        <div className="span-table__body">
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
              Showing the first {shown} of {data.count} calls; &ldquo;Copy as CSV&rdquo; copies them
              all.
            </p>
          ) : null}
          {/* Focusable so that keyboard users can scroll it (a table has nothing to tab to). */}
          <div className="span-table__scroll" tabIndex={0} role="region" aria-label="Spans">
            <table data-testid="span-table">
              <caption>
                {data.count} {data.count === 1 ? 'call' : 'calls'}
                {at}, times in ms from the start of the request; a dash means not yet.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Call #</th>
                  <th scope="col">Service</th>
                  <th scope="col">Latency</th>
                  <th scope="col">Ready</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col">Queued</th>
                  <th scope="col">In flight</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <SpanRow key={row.number} {...row} />
                ))}
              </tbody>
            </table>
          </div>
          {work.map((span, k) => (
            <p key={k} className="span-table__note">
              Local work: {formatMs(span.startedAtMs)} ms to{' '}
              {span.endedAtMs <= nowMs && span.endedAtMs < Infinity
                ? `${formatMs(span.endedAtMs)} ms`
                : 'not finished yet'}
              .
            </p>
          ))}
        </div>
      ) : null}
    </details>
  );
}

/**
 * Memoised: the parent's other updates skip it; a new `data`, `nowMs` or `version` (the arrays
 * changed in place) re-renders it.
 */
export const SpanTable = memo(SpanTableView);
