import { requestNumber } from '../core/callLabel.ts';
import type { ServerScenarioRun } from '../core/server/simulateServerScenario.ts';
import { requestLatencyMs } from '../core/server/serverStats.ts';
import { formatCount } from '../core/format/formatCount.ts';
import { formatDuration } from '../core/format/formatDuration.ts';
import { formatRate } from '../core/format/formatRate.ts';
import { ms } from './formatTable.ts';

/** Rows beyond this are summarised as a count: the table is for reading, the JSON for tools. */
export const MAX_REQUEST_ROWS = 50;

const HEADERS = ['req', 'worker', 'process', 'due', 'sent', 'start', 'end', 'waited', 'latency'];

/**
 * The `--table` view of a server run: one aligned row per request (the first 50, then a count),
 * then the summary. `due` is when the request was due (0 in a closed run), `waited` the time at
 * the server before a worker took the request, `latency` response - due (requestLatencyMs). Times in ms. A `note` (what the run
 * leaves out of the query) follows the scenario line.
 */
export function formatServerTable(
  run: ServerScenarioRun,
  query: string,
  note: string | null = null,
): string {
  const { trace, prediction, stats } = run;
  const rows = trace.requests
    .slice(0, MAX_REQUEST_ROWS)
    // Counted from 1, as the Server lab names them ("request #1", "process 1"); the JSON keeps
    // 0-based indices.
    .map((r) => [
      String(requestNumber(r.index)),
      String(r.worker + 1),
      String(r.process + 1),
      ms(r.intendedAtMs),
      ms(r.sentAtMs),
      ms(r.startedAtMs),
      ms(r.endedAtMs),
      ms(r.startedAtMs - r.sentAtMs),
      ms(requestLatencyMs(r)),
    ]);
  const widths = HEADERS.map((h, col) =>
    Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, col) => cell.padStart(widths[col] ?? 0)).join('  ');
  const hidden = trace.requests.length - rows.length;
  const predicted = prediction.isLowerBound
    ? `predicted at least ${formatDuration(prediction.makespanMs)} (the upstream's capacity may bind)`
    : `predicted ${formatDuration(prediction.makespanMs)}`;
  const { latencyMs: latency, latencyFromSentMs: fromSent } = stats;
  return [
    `scenario: ${query === '' ? '(defaults)' : query}`,
    ...(note === null ? [] : [`note: ${note}`]),
    line(HEADERS),
    ...rows.map(line),
    ...(hidden > 0 ? [`... and ${formatCount(hidden)} more requests (the JSON lists all)`] : []),
    '',
    `makespan ${formatDuration(trace.makespanMs)}, ${predicted}: ${prediction.formula}`,
    `throughput ${stats.throughputPerSec === null ? '-' : formatRate(stats.throughputPerSec)} req/s, ` +
      `latency p50 ${formatDuration(latency.p50)}, p95 ${formatDuration(latency.p95)}, ` +
      `p99 ${formatDuration(latency.p99)} (nearest rank, from when each was due)`,
    `latency from sending, as a closed-loop client like hammer.py measures it: ` +
      `p50 ${formatDuration(fromSent.p50)}, p95 ${formatDuration(fromSent.p95)}, ` +
      `p99 ${formatDuration(fromSent.p99)}`,
    `peaks: ${formatCount(stats.peakInFlightAtClient)} requests in flight at the client, ` +
      `${formatCount(stats.peakWaitingAtServer)} waiting at the server, ` +
      `${formatCount(stats.peakBusyWorkers)} busy workers, ` +
      `${formatCount(stats.peakWaitingAtUpstream)} calls waiting at the upstream`,
  ].join('\n');
}
