import { countOf } from '../../../core/format/formatCount.ts';
import { formatDuration } from '../../../core/format/formatDuration.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { modelWords } from '../../controls/modelInWords.ts';
import { overProtocol } from './protocolWords.ts';

/** One model's bars: Recharts reads these keys. */
export interface CompareChartRow {
  /** The model's short title, the category axis label. */
  readonly label: string;
  readonly measuredMs: number | null;
  /** null: no closed form with faults (docs/faults.md). */
  readonly predictedMs: number | null;
  /** Most calls started and not finished at once. */
  readonly peakCallsInFlight: number | null;
  /** Most copies on the wire at once (retries and hedges count). */
  readonly peakRequestsOnWire: number | null;
}

export function compareChartRows(rows: readonly CompareRow[]): CompareChartRow[] {
  return rows.map((row) => ({
    label: `${modelWords(row.spec).title}${overProtocol(row.protocol)}`,
    measuredMs: row.stats?.makespanMs ?? null,
    predictedMs: row.predictedMs,
    peakCallsInFlight: row.stats?.peakCallsInFlight ?? null,
    peakRequestsOnWire: row.stats?.peakRequestsOnWire ?? null,
  }));
}

const ms = (value: number | null): string =>
  value === null ? 'not measured' : formatDuration(value);

/** The makespan chart in words (its caption and its SVG's description). */
export function makespanDescription(rows: readonly CompareChartRow[]): string {
  return (
    'Measured makespan per model, with the prediction in brackets: ' +
    rows
      .map(
        (row) =>
          `${row.label} ${ms(row.measuredMs)} (${row.predictedMs === null ? 'no closed form' : ms(row.predictedMs)})`,
      )
      .join('; ') +
    '.'
  );
}

/** The peak chart in words: both peaks of each model, named apart. */
export function peakDescription(rows: readonly CompareChartRow[]): string {
  const peaks = (row: CompareChartRow): string =>
    row.peakCallsInFlight === null || row.peakRequestsOnWire === null
      ? 'not measured'
      : `${countOf(row.peakCallsInFlight, 'call', 'calls')}, ` +
        countOf(row.peakRequestsOnWire, 'request', 'requests');
  return (
    'Most calls in flight (started and not finished) and requests on the wire at once, ' +
    `per model: ${rows.map((row) => `${row.label} ${peaks(row)}`).join('; ')}.`
  );
}
