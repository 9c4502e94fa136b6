import { requestNumber } from '../core/callLabel.ts';
import type { ServerScenarioRun } from '../core/server/simulateServerScenario.ts';
import { requestLatencyMs } from '../core/server/serverStats.ts';
import { ms } from './formatTable.ts';

/** Rows beyond this are summarised as a count: the table is for reading, the JSON for tools. */
export const MAX_REQUEST_ROWS = 50;

const HEADERS = ['req', 'worker', 'process', 'sent', 'start', 'end', 'waited', 'latency'];

/**
 * The `--table` view of a server run: one aligned row per request (the first 50, then a count),
 * then the summary. `waited` is the time at the server before a worker took the request,
 * `latency` what the client measured (response - sent). Times in ms. A `note` (what the run
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
    ? `predicted at least ${ms(prediction.makespanMs)} ms (the upstream's capacity may bind)`
    : `predicted ${ms(prediction.makespanMs)} ms`;
  const { latencyMs: latency } = stats;
  return [
    `scenario: ${query === '' ? '(defaults)' : query}`,
    ...(note === null ? [] : [`note: ${note}`]),
    line(HEADERS),
    ...rows.map(line),
    ...(hidden > 0 ? [`... and ${hidden} more requests (the JSON lists all)`] : []),
    '',
    `makespan ${ms(trace.makespanMs)} ms, ${predicted}: ${prediction.formula}`,
    `throughput ${stats.throughputPerSec === null ? '-' : stats.throughputPerSec.toFixed(2)} req/s, ` +
      `latency p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms, p99 ${ms(latency.p99)} ms ` +
      '(nearest rank)',
    `peaks: ${stats.peakInFlightAtClient} requests in flight at the client, ` +
      `${stats.peakWaitingAtServer} waiting at the server, ${stats.peakBusyWorkers} busy workers, ` +
      `${stats.peakWaitingAtUpstream} calls waiting at the upstream`,
  ].join('\n');
}
