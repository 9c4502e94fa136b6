import { serverTraceOf, type ExportableRun } from '../../core/export/exportableRun.ts';

/** Lower-case words joined by "-", safe in a file name on every system ("Calls in flight" -> "calls-in-flight"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The common start of a run's file names: what ran, how, and when (UTC, sortable), e.g.
 * `overlap-fanout-worker-pool-live-20250102-030405`, so several exports of a talk's runs sort
 * and tell apart in a downloads folder. Without a start time, the time part is left out.
 */
export function exportFileStem(run: ExportableRun, startedAtIso: string | null): string {
  const kind = serverTraceOf(run) ? 'server' : 'fanout';
  const parts = ['overlap', kind, run.scenario.fanOut.model, run.engine];
  const startMs = startedAtIso === null ? NaN : Date.parse(startedAtIso);
  if (!Number.isNaN(startMs)) {
    // YYYY-MM-DDTHH:MM:SS -> YYYYMMDD-HHMMSS
    const iso = new Date(startMs).toISOString();
    parts.push(`${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`);
  }
  return parts.map(slug).join('-');
}
