import { countOf } from '../core/format/formatCount.ts';
import { formatNumber } from '../core/format/formatNumber.ts';
import { SUMMARY_QUANTILES } from '../core/tails/latencyDistribution.ts';
import type { MeasuredTail, TailReport } from '../core/tails/tailReport.ts';
import { ms } from './formatTable.ts';

const HEADERS = ['', ...SUMMARY_QUANTILES.map((q) => q.label), 'mean', ''];
/** Makespans per line in the list of runs. */
const PER_LINE = 10;

/** A cell in plain ms (formatTable's `ms`); `-` for a figure without a value. */
function cell(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '-' : ms(Math.round(value * 1000) / 1000);
}

function rows(name: string, tail: MeasuredTail): string[][] {
  const measured = tail.measured;
  const { prediction } = tail;
  const predicted =
    prediction.kind === 'exact'
      ? [
          name,
          ...SUMMARY_QUANTILES.map((q) => cell(prediction.summary[q.key])),
          cell(prediction.summary.meanMs),
          `predicted: ${prediction.method}`,
        ]
      : [name, '-', '-', '-', '-', '-', `predicted: none, ${prediction.reason}`];
  return [
    [
      name,
      ...SUMMARY_QUANTILES.map((q) => cell(measured[q.key])),
      cell(measured.meanMs),
      'measured',
    ],
    predicted,
  ];
}

/**
 * The `--table` lines `repeat=K` adds under the single run's table: the request's and the
 * calls' percentiles (ms) measured beside predicted, the hedges sent, then every run's makespan
 * in plain ms, run 1 (the single run above) first, PER_LINE to a line.
 */
export function formatRepeatTable(report: TailReport): string {
  const { runs } = report;
  const all = [HEADERS, ...rows('request', report.request), ...rows('call', report.call)];
  const widths = HEADERS.map((_, col) => Math.max(...all.map((r) => (r[col] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, col) =>
        col === 0 || col === cells.length - 1
          ? text.padEnd(widths[col] ?? 0)
          : text.padStart(widths[col] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const how =
    runs.path === 'draws'
      ? "each from its draws by the model's formulas (equal to the engine's run)"
      : 'each on the virtual engine';
  const extraPct = runs.callsSent === 0 ? 0 : (100 * runs.hedgesSent) / runs.callsSent;
  const makespans: string[] = [];
  for (let first = 0; first < runs.repeat; first += PER_LINE) {
    const chunk = Array.from(runs.makespansMs.subarray(first, first + PER_LINE), (v) => ms(v));
    makespans.push(`  ${chunk.join(' ')}`);
  }
  return [
    `repeat: ${countOf(runs.repeat, 'run', 'runs')}, ${how}; times in ms`,
    ...all.map(line),
    `copies: ${countOf(runs.callsSent, 'call', 'calls')}, ` +
      `${countOf(runs.hedgesSent, 'hedge', 'hedges')} (${formatNumber(extraPct, { decimals: 2 })}% more calls), ` +
      `${countOf(runs.copiesSent, 'copy', 'copies')} in all`,
    'makespan of each run (ms), run 1 first:',
    ...makespans,
  ].join('\n');
}
