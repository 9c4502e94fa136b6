import type { Millis } from '../clock.ts';
import { roundMs, VIRTUAL_TIME_STEP_MS } from './roundTimes.ts';

/**
 * CSV writing shared by the exports and the span table's "Copy as CSV". RFC 4180: fields are quoted only
 * when they hold a comma, a quote or a line break, and quotes inside are doubled.
 */

/** One field, quoted when needed. */
export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A time for a CSV cell, rounded by roundMs to `stepMs` (the run's: timeStepMsOf; µs by
 * default): whole ms as integers, fractions without float noise like 0.30000000000000004, so
 * spreadsheets read numbers. A number that does not exist is an empty cell.
 */
export function csvMs(ms: number, stepMs: Millis = VIRTUAL_TIME_STEP_MS): string {
  if (!Number.isFinite(ms)) return '';
  return String(roundMs(ms, stepMs));
}

/**
 * A whole CSV document: the header, then one record per row, each line ended by CRLF as RFC 4180
 * asks (spreadsheets and parsers accept it everywhere; `\n`-only files confuse a few of them).
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
