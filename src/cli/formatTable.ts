import { callLabel, callNumber, requestNumber } from '../core/callLabel.ts';
import { copiesInOrder } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';
import { queueWaitMs } from '../core/stats.ts';
import { countOf, formatCount } from '../core/format/formatCount.ts';
import { formatDuration } from '../core/format/formatDuration.ts';
import { formatPercent, formatRatio } from '../core/format/formatRate.ts';
import type { CallSpan, RequestOutcome } from '../core/trace.ts';

const HEADERS = ['req', 'call', 'service', 'latency', 'ready', 'start', 'end', 'wait', 'status'];
/** With faults or a call policy: every copy's outcome, in the order sent. */
const COPIES_HEADER = 'copies';
/** Columns of words, aligned left (the rest are numbers, aligned right). */
const TEXT_COLUMNS = new Set([2, 8, 9]);

/**
 * A table cell: plain ms (no grouping, so columns stay digits a script can read); whole ms stay
 * whole, fractions (token buckets) keep 3 decimals. The footers under the table are prose and
 * use src/core/format (docs/numbers.md).
 */
export function ms(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** A call's copies in one cell: `error,ok`; a hedge copy `hedge:cancelled`; `-` if never sent. */
export function copiesCell(span: CallSpan): string {
  const copies = copiesInOrder(span);
  if (copies.length === 0) return '-';
  return copies.map((copy) => (copy.hedge ? `hedge:${copy.outcome}` : copy.outcome)).join(',');
}

/**
 * The `--table` view: one aligned row per call, then the summary figures. Times in ms. A run
 * with faults or a call policy adds each call's copies and a footer on what failures cost.
 */
export function formatTable(run: ScenarioRun, query: string): string {
  const faulty = run.faults !== null;
  const headers = faulty ? [...HEADERS, COPIES_HEADER] : HEADERS;
  // `req` and `call` count from 1, as the call editor does; the JSON keeps 0-based indices.
  const rows = run.trace.calls.map((span) => [
    String(requestNumber(span.request)),
    String(callNumber(span.index)),
    span.service,
    ms(span.latencyMs),
    ms(span.readyAtMs),
    ms(span.startedAtMs),
    ms(span.endedAtMs),
    ms(queueWaitMs(span)),
    span.status,
    ...(faulty ? [copiesCell(span)] : []),
  ]);
  for (const work of run.trace.work) {
    const duration = ms(work.endedAtMs - work.startedAtMs);
    rows.push([
      String(requestNumber(work.request)),
      '-',
      '(local work)',
      duration,
      '',
      ms(work.startedAtMs),
      ms(work.endedAtMs),
      '',
      'ok',
      ...(faulty ? [''] : []),
    ]);
  }
  const widths = headers.map((h, col) =>
    Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, col) =>
        TEXT_COLUMNS.has(col) ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    `scenario: ${query === '' ? '(defaults)' : query}`,
    line(headers),
    ...rows.map(line),
    '',
    `makespan ${formatDuration(run.trace.makespanMs)}, ` +
      (run.prediction === null
        ? 'predicted: no closed form with failures, ' // docs/faults.md
        : `predicted ${formatDuration(run.prediction.makespanMs)}, `) +
      `total wait ${formatDuration(run.stats.totalWaitMs)}`,
    peaksLine(run.stats),
    ...(run.faults ? faultFooter(run, run.faults) : []),
  ].join('\n');
}

/**
 * The two peaks, named apart (README "Numbers"): a call backing off is not on the wire, and a
 * hedged call has two copies there; without faults or policy they are equal.
 */
function peaksLine(stats: ScenarioRun['stats']): string {
  return (
    `peaks: ${countOf(stats.peakCallsInFlight, 'call', 'calls')} started and not finished, ` +
    `${countOf(stats.peakRequestsOnWire, 'request', 'requests')} on the wire`
  );
}

/** What the failures cost, each figure beside what probability expected where it has a closed form. */
function faultFooter(run: ScenarioRun, faults: NonNullable<ScenarioRun['faults']>): string[] {
  const { stats, prediction } = faults;
  const expected = (value: number | null, digits: (v: number) => string): string =>
    value === null ? 'predicted: no closed form' : `predicted ${digits(value)}`;
  const durations =
    stats.okDurationP50Ms === null || stats.okDurationP99Ms === null
      ? 'no call answered ok'
      : `ok calls p50 ${formatDuration(stats.okDurationP50Ms)}, p99 ${formatDuration(stats.okDurationP99Ms)}`;
  return [
    `${requestLine(run, run.trace.outcome)}; predicted success ${formatPercent(prediction.requestSuccessPct)}`,
    `calls ok ${formatCount(stats.okCalls)} of ${formatCount(stats.callCount)}, ` +
      `${formatPercent(stats.successPct)} (${expected(prediction.callSuccessPct, formatPercent)}); ` +
      `copies per call ${formatRatio(stats.loadFactor)} ` +
      `(${expected(prediction.copiesPerCall, formatRatio)}): ` +
      `${countOf(stats.retriesSent, 'retry', 'retries')}, ${countOf(stats.hedgesSent, 'hedge', 'hedges')}`,
    `wasted call time ${formatDuration(stats.wastedMs)} of ${formatDuration(stats.callTimeMs)} ` +
      `(${formatPercent(stats.wastedPct)}); ${durations}`,
  ];
}

/** `request failed at 337 ms, at call 1 (session)`, `request ok at 500 ms`... */
function requestLine(run: ScenarioRun, outcome: RequestOutcome | undefined): string {
  if (!outcome) return 'request: no outcome recorded';
  const words = {
    ok: 'request ok',
    partial: 'request answered with failures (allSettled)',
    failed: 'request failed',
  }[outcome.status];
  const call = outcome.failedCall === null ? null : run.trace.calls[outcome.failedCall];
  const because = call ? `, at ${callLabel(call)}` : '';
  return `${words} at ${formatDuration(outcome.settledAtMs)}${because}`;
}
