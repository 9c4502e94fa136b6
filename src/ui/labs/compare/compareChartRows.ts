import { formatMsReadable } from '../../numbers/formatMs.ts';
import type { CompareRow } from './compareSnapshot.ts';
import { modelWords } from './modelInWords.ts';

/** One model's bars: Recharts reads these keys. */
export interface CompareChartRow {
  /** The model's short title, the category axis label. */
  readonly label: string;
  readonly measuredMs: number | null;
  /** null: no closed form with faults (docs/faults.md). */
  readonly predictedMs: number | null;
  readonly peakInFlight: number | null;
}

export function compareChartRows(rows: readonly CompareRow[]): CompareChartRow[] {
  return rows.map((row) => ({
    label: modelWords(row.spec).title,
    measuredMs: row.stats?.makespanMs ?? null,
    predictedMs: row.predictedMs,
    peakInFlight: row.stats?.peakInFlight ?? null,
  }));
}

const ms = (value: number | null): string =>
  value === null ? 'not measured' : `${formatMsReadable(value)} ms`;

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

/** The peak chart in words. */
export function peakDescription(rows: readonly CompareChartRow[]): string {
  const peak = (n: number | null): string =>
    n === null ? 'not measured' : `${n} ${n === 1 ? 'call' : 'calls'}`;
  return (
    'Most calls in flight at once, per model: ' +
    rows.map((row) => `${row.label} ${peak(row.peakInFlight)}`).join('; ') +
    '.'
  );
}
