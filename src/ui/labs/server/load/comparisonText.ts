import { formatCount } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import { formatNumber } from '../../../../core/format/formatNumber.ts';
import type { ClosedOpenComparison } from '../../../../core/queueing/closedOpenComparison.ts';

/** The coordinated-omission gap, named and explained in two sentences (the lab shows it as is). */
export const COORDINATED_OMISSION =
  'Coordinated omission: a closed-loop client like hammer.py sends the next request only when ' +
  'one returns and times each from when it was sent, so when the server slows down it simply ' +
  'sends less and never measures the queue. Users arrive whether or not the server is ready, ' +
  'so open arrivals at the same throughput, timed from when each request was due, show the ' +
  'wait the closed loop left out.';

/** One row of the comparison table. */
export interface ComparisonRow {
  readonly key: 'closed-sent' | 'closed-due' | 'open';
  readonly label: string;
  readonly p50: string;
  readonly p99: string;
}

const perSec = (rate: number): string => `${formatNumber(rate, { decimals: 2 })}/s`;

/**
 * The table: the closed loop as its client times it (from sent), the same closed run timed from
 * when each request was due (t = 0), and open arrivals at the closed loop's throughput.
 */
export function comparisonRows(comparison: ClosedOpenComparison): ComparisonRow[] {
  const { closed, open, openRatePerSec } = comparison;
  return [
    {
      key: 'closed-sent',
      label: `closed loop at ${perSec(closed.throughputPerSec)}, timed from sent (what hammer.py reports)`,
      p50: formatDuration(closed.latencyFromSentMs.p50),
      p99: formatDuration(closed.latencyFromSentMs.p99),
    },
    {
      key: 'closed-due',
      label: 'the same closed run, timed from t = 0 (when hammer.py created them)',
      p50: formatDuration(closed.latencyMs.p50),
      p99: formatDuration(closed.latencyMs.p99),
    },
    {
      key: 'open',
      label: `open arrivals at ${perSec(openRatePerSec)} (ran at ${perSec(open.throughputPerSec)}), timed from due`,
      p50: formatDuration(open.latencyMs.p50),
      p99: formatDuration(open.latencyMs.p99),
    },
  ];
}

/**
 * What this comparison shows, in one sentence with its numbers: the gap at p99 between what
 * open arrivals wait and what the closed loop's own clock read, or, when the closed loop's C
 * exceeds W, that its own queue at the server was larger than the open one (it does see that).
 */
export function comparisonVerdict(
  comparison: ClosedOpenComparison,
  concurrency: number,
  workers: number,
): string {
  const closedP99 = comparison.closed.latencyFromSentMs.p99;
  const openP99 = comparison.open.latencyMs.p99;
  if (openP99 > closedP99) {
    return (
      `At the same throughput, open arrivals wait ${formatDuration(openP99 - closedP99)} more at ` +
      `p99 than the closed loop’s clock reports: the coordinated-omission gap.`
    );
  }
  if (concurrency <= workers) {
    return (
      `Here the closed loop keeps only ${formatCount(concurrency)} requests in flight for ` +
      `${formatCount(workers)} workers, so the server never saturates and open arrivals at its ` +
      'throughput rarely queue either; raise C to W or above to see the gap.'
    );
  }
  return (
    `Here the closed loop keeps ${formatCount(concurrency)} requests in flight against ` +
    `${formatCount(workers)} workers, so ${formatCount(Math.max(0, concurrency - workers))} always wait ` +
    'at the server and its own clock sees that queue; set C to W to watch a closed loop hide the ' +
    'queue that open arrivals meet.'
  );
}
