/**
 * CSV writing shared by the exports and the span table's "Copy as CSV". RFC 4180: fields are quoted only
 * when they hold a comma, a quote or a line break, and quotes inside are doubled.
 */

/** One field, quoted when needed. */
export function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A time for a CSV cell: whole ms as integers, fractions (the token bucket's) to 3 decimals, so
 * spreadsheets read numbers and the file shows no float noise like 0.30000000000000004.
 */
export function csvMs(ms: number): string {
  if (Number.isInteger(ms)) return String(ms);
  if (!Number.isFinite(ms)) return '';
  return ms.toFixed(3).replace(/\.?0+$/, '');
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
