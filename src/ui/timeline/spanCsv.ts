import { csvField } from '../../core/export/csv.ts';
import { callDetails, formatMs } from './callDetails.ts';
import type { TimelineData } from './timelineData.ts';

export const SPAN_CSV_HEADER =
  'call,service,latency_ms,ready_ms,start_ms,end_ms,queued_ms,in_flight_ms,status,copies,copy_outcomes';

/**
 * Every call as CSV (header line first, `\n` line ends), clipped at the cursor like the table:
 * unknown times are empty fields. `copies` counts the copies sent (retries and hedges included),
 * `copy_outcomes` says how each ended when the run recorded them (faults, a call policy). Fields are quoted as the exports quote them (`csvField`), but
 * the lines end in `\n`, not `csvDocument`'s CRLF.
 */
export function spanCsv(data: TimelineData, nowMs: number): string {
  const lines = [SPAN_CSV_HEADER];
  for (let i = 0; i < data.count; i += 1) {
    const d = callDetails(data, i, nowMs);
    lines.push(
      [
        String(d.number),
        csvField(d.service),
        formatMs(d.latencyMs),
        formatMs(d.readyMs),
        formatMs(d.startMs),
        formatMs(d.endMs),
        formatMs(d.queuedMs),
        formatMs(d.inFlightMs),
        d.state,
        String(d.copies),
        // "; " between copies: one field that reads without CSV quoting.
        csvField(d.copyOutcomes.replaceAll(', ', '; ')),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
