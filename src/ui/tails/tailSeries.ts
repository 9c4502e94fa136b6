import type { LatencyDistribution } from '../../core/tails/latencyDistribution.ts';
import type { MeasuredTail } from '../../core/tails/tailReport.ts';

/** One x of the tail chart: the share of latencies above `ms`, measured and predicted. */
export interface TailPoint {
  readonly ms: number;
  /** Null where no sample lies above (a log axis has no 0). */
  readonly measured: number | null;
  readonly predicted: number | null;
}

export interface TailSeries {
  readonly points: readonly TailPoint[];
  /** The axis end: past the slowest sample and the predicted p99.9. */
  readonly endMs: number;
  /** The smallest share the axis shows: the decade at or below one sample in the total, >= 1e-5. */
  readonly floorShare: number;
}

/** The axis stops at 0.001 %: below it a tick would be one run in 100,000 or fewer. */
const MIN_SHARE = 1e-5;

/** Points per line: two lines per chart, each one SVG path (docs/tails.md). */
export const MAX_TAIL_POINTS = 200;

/**
 * The complementary CDF, P(latency > x), on an even grid of at most `maxPoints` whole ms from 0:
 * the chart puts it on a log axis, where a 1 % tail and a 63 % one are both legible (a CDF's last
 * percent is a hairline at the top). Measured shares are exact counts; predicted ones are
 * 1 - cdf(x) of the exact prediction, or absent without one.
 */
export function tailSeries(tail: MeasuredTail, maxPoints = MAX_TAIL_POINTS): TailSeries {
  const { distribution, prediction } = tail;
  const slowestMs = distribution.valuesMs[distribution.valuesMs.length - 1] ?? 0;
  const predictedEnd = prediction.kind === 'exact' ? prediction.summary.p999Ms : 0;
  const endMs = Math.max(1, slowestMs, predictedEnd);
  const stepMs = Math.max(1, Math.ceil(endMs / (maxPoints - 1)));
  const floorShare = Math.max(
    MIN_SHARE,
    10 ** Math.floor(Math.log10(1 / Math.max(10, distribution.total))),
  );
  const above = sharesAbove(distribution);
  const points: TailPoint[] = [];
  for (let ms = 0; points.length < maxPoints; ms += stepMs) {
    const measured = above(ms);
    const predicted = prediction.kind === 'exact' ? 1 - prediction.cdf(ms) : null;
    points.push({
      ms,
      measured: measured > 0 ? measured : null,
      predicted: predicted === null || predicted < floorShare ? null : predicted,
    });
    if (ms >= endMs) break;
  }
  return { points, endMs: points[points.length - 1]?.ms ?? endMs, floorShare };
}

/** P(sample > x) for non-decreasing x, in one sweep of the sorted values. */
function sharesAbove(distribution: LatencyDistribution): (ms: number) => number {
  const { valuesMs, counts, total } = distribution;
  let index = 0;
  let atOrBelow = 0;
  return (ms) => {
    while (index < valuesMs.length && (valuesMs[index] as number) <= ms) {
      atOrBelow += counts[index] as number;
      index += 1;
    }
    return total === 0 ? 0 : (total - atOrBelow) / total;
  };
}

/** Log-axis ticks: 100 %, 10 %, 1 %... down to the floor. */
export function shareTicks(floorShare: number): number[] {
  const ticks: number[] = [];
  for (let share = 1; share >= floorShare * 0.999; share /= 10) ticks.push(share);
  return ticks;
}

/**
 * A share as a percent with the decimals its size needs: 63.4%, 1%, 0.1%, 0.001% (one fixed
 * decimal would write every tick below 0.05 % as 0%). `format` writes a number with at most
 * that many decimals, trailing zeros trimmed (core/format/formatNumber).
 */
export function shareText(
  share: number,
  format: (pct: number, decimals: number) => string,
): string {
  const pct = 100 * share;
  const decimals = pct >= 1 || pct <= 0 ? 1 : Math.min(6, Math.ceil(-Math.log10(pct) - 1e-9));
  return `${format(pct, decimals)}%`;
}
