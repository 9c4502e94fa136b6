import type { HockeyStick } from '../core/queueing/hockeyStick.ts';
import { formatDecimal } from '../core/numberParam.ts';

const HEADERS = [
  'target',
  'rate/s',
  'measured',
  'p50 ms',
  'pred p50',
  'p99 ms',
  'pred p99',
  'mean ms',
  'pred mean',
];

const ms = (value: number | null): string => (value === null ? '-' : formatDecimal(value, 1));
const pct = (value: number | null): string =>
  value === null ? '-' : `${formatDecimal(value * 100, 1)}%`;

/**
 * `--sweep`: one row per target utilisation (the hockey stick), latencies from due in ms,
 * measured beside predicted ('-' where the closed form has none), then which form applied.
 */
export function formatSweep(stick: HockeyStick, query: string): string {
  const rows = stick.points.map((p) => [
    pct(p.utilisation),
    formatDecimal(p.arrivalRatePerSec, 3),
    pct(p.measuredUtilisation),
    ms(p.measured.p50Ms),
    ms(p.predicted.p50Ms),
    ms(p.measured.p99Ms),
    ms(p.predicted.p99Ms),
    ms(p.measured.meanMs),
    ms(p.predicted.meanMs),
  ]);
  const widths = HEADERS.map((h, col) =>
    Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, col) => cell.padStart(widths[col] ?? 0)).join('  ');
  const theory =
    stick.model === null
      ? `no closed form: ${stick.reason ?? ''}`
      : `predicted by ${stick.model === 'M/M/c' ? `M/M/${stick.workers} (Erlang C)` : 'M/D/1 (Pollaczek-Khinchine, mean only)'}`;
  return [
    `scenario: ${query === '' ? '(defaults)' : query}`,
    `sweep: open arrivals at rate = target x ${stick.workers} workers / E[S] = ` +
      `${formatDecimal(stick.meanServiceMs, 3)} ms; ${theory}`,
    line(HEADERS),
    ...rows.map(line),
  ].join('\n');
}
