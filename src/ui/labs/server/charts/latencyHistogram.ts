import type { Millis } from '../../../../core/clock.ts';
import { nearestRank } from '../../../../core/server/serverStats.ts';
import { niceStep } from '../../../charts/niceTicks.ts';

export interface HistogramBin {
  /** [fromMs, toMs): the last bin also holds its upper edge. */
  readonly fromMs: Millis;
  readonly toMs: Millis;
  readonly count: number;
}

export interface LatencyHistogram {
  readonly bins: readonly HistogramBin[];
  readonly binMs: Millis;
  readonly count: number;
  /** Nearest-rank percentiles, as core's serverStats computes them (the numbers shown beside). */
  readonly p50: Millis;
  readonly p95: Millis;
  readonly p99: Millis;
}

/** About this many bins (one more when the maximum sits on an edge): a projector shows two dozen clearly. */
export const MAX_BINS = 24;

/**
 * The distribution of request latencies in round-width bins (1, 2, 2.5 or 5 x 10^k ms) from a
 * round start, with the percentiles the numbers panel shows. Null for no latencies. When every
 * latency is the same (the talk's gevent rows: 500 ms each), one bin holds them all.
 */
export function latencyHistogram(
  latenciesMs: readonly number[],
  maxBins: number = MAX_BINS,
): LatencyHistogram | null {
  if (latenciesMs.length === 0) return null;
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const binMs = max > min ? niceStep(max - min, maxBins) : niceStep(Math.max(1, max / 10), 1);
  const startMs = Math.floor(min / binMs) * binMs;
  // The 1e-9 tolerance keeps a value exactly on an edge in the bin that starts there.
  const binOf = (ms: number): number => Math.floor((ms - startMs) / binMs + 1e-9);
  const binCount = binOf(max) + 1;
  const counts = new Array<number>(binCount).fill(0);
  for (const ms of sorted) {
    const bin = Math.min(binCount - 1, binOf(ms));
    counts[bin] = (counts[bin] as number) + 1;
  }
  const edge = (k: number): number => Number((startMs + k * binMs).toPrecision(12));
  return {
    bins: counts.map((count, k) => ({ fromMs: edge(k), toMs: edge(k + 1), count })),
    binMs,
    count: sorted.length,
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
  };
}
