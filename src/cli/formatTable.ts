import type { ScenarioRun } from '../core/simulateScenario.ts';
import { queueWaitMs } from '../core/stats.ts';

const HEADERS = ['req', 'call', 'service', 'latency', 'ready', 'start', 'end', 'wait', 'status'];

/** Rounds for display only: whole ms stay whole, fractions (token buckets) keep 3 decimals. */
export function ms(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** The `--table` view: one aligned row per call, then the summary figures. Times in ms. */
export function formatTable(run: ScenarioRun, query: string): string {
  const rows = run.trace.calls.map((span) => [
    String(span.request),
    String(span.index),
    span.service,
    ms(span.latencyMs),
    ms(span.readyAtMs),
    ms(span.startedAtMs),
    ms(span.endedAtMs),
    ms(queueWaitMs(span)),
    span.status,
  ]);
  for (const work of run.trace.work) {
    const duration = ms(work.endedAtMs - work.startedAtMs);
    rows.push([
      String(work.request),
      '-',
      '(local work)',
      duration,
      '',
      ms(work.startedAtMs),
      ms(work.endedAtMs),
      '',
      'ok',
    ]);
  }
  const widths = HEADERS.map((h, col) =>
    Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, col) =>
        col === 2 || col === 8 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    `scenario: ${query === '' ? '(defaults)' : query}`,
    line(HEADERS),
    ...rows.map(line),
    '',
    `makespan ${ms(run.trace.makespanMs)} ms, ` +
      (run.prediction === null
        ? 'predicted: no closed form with failures, ' // docs/faults.md
        : `predicted ${ms(run.prediction.makespanMs)} ms, `) +
      `peak in flight ${run.stats.peakInFlight}, total wait ${ms(run.stats.totalWaitMs)} ms`,
  ].join('\n');
}
