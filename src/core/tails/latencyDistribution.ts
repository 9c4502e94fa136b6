/**
 * A measured distribution of latencies, kept as sorted distinct values with their counts: the
 * engine's times are whole ms, so 10,000,000 call latencies fit in a few thousand entries and
 * every quantile is exact (no sampling, no binning).
 */
export interface LatencyDistribution {
  /** Distinct latencies in ms, ascending. */
  readonly valuesMs: Float64Array;
  /** How many samples had each value; same length as valuesMs. */
  readonly counts: Float64Array;
  readonly total: number;
}

/** The figures the tails lab and the CLI show for one distribution (ms). */
export interface LatencySummary {
  readonly count: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
}

/** The percentiles every summary carries, as probabilities, with their summary keys. */
export const SUMMARY_QUANTILES = [
  { p: 0.5, key: 'p50Ms', label: 'p50' },
  { p: 0.9, key: 'p90Ms', label: 'p90' },
  { p: 0.99, key: 'p99Ms', label: 'p99' },
  { p: 0.999, key: 'p999Ms', label: 'p99.9' },
] as const;

/** The distribution of `samplesMs` (any order). */
export function distributionOf(samplesMs: ArrayLike<number>): LatencyDistribution {
  const sorted = Float64Array.from(samplesMs).sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (const value of sorted) {
    if (values.length > 0 && values[values.length - 1] === value) {
      counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
    } else {
      values.push(value);
      counts.push(1);
    }
  }
  return {
    valuesMs: Float64Array.from(values),
    counts: Float64Array.from(counts),
    total: sorted.length,
  };
}

/** The distribution of a value -> count table (as repeatFanOut counts call latencies). */
export function distributionOfCounts(countsByMs: ReadonlyMap<number, number>): LatencyDistribution {
  const entries = [...countsByMs].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const [, count] of entries) total += count;
  return {
    valuesMs: Float64Array.from(entries, ([value]) => value),
    counts: Float64Array.from(entries, ([, count]) => count),
    total,
  };
}

/**
 * The p-quantile by nearest rank: the smallest sample x with at least p x n samples <= x, the
 * same definition latencyQuantileMs uses for a form's CDF, so measured and predicted compare
 * like for like. NaN for an empty distribution. p in (0, 1].
 */
export function quantileMs(distribution: LatencyDistribution, p: number): number {
  const { valuesMs, counts, total } = distribution;
  if (total === 0) return Number.NaN;
  // A small slack keeps 0.99 x 100 (99.00000000000001 in floating point) at rank 99.
  const rank = Math.max(1, Math.ceil(p * total - 1e-9));
  let seen = 0;
  for (let i = 0; i < valuesMs.length; i += 1) {
    seen += counts[i] ?? 0;
    if (seen >= rank) return valuesMs[i] ?? Number.NaN;
  }
  return valuesMs[valuesMs.length - 1] ?? Number.NaN;
}

/** The share of samples at or below `limitMs` (the measured CDF). */
export function fractionAtMost(distribution: LatencyDistribution, limitMs: number): number {
  if (distribution.total === 0) return Number.NaN;
  let seen = 0;
  const { valuesMs, counts } = distribution;
  for (let i = 0; i < valuesMs.length && (valuesMs[i] ?? Infinity) <= limitMs; i += 1) {
    seen += counts[i] ?? 0;
  }
  return seen / distribution.total;
}

/** Count, mean, extremes and the SUMMARY_QUANTILES of a distribution. */
export function summarize(distribution: LatencyDistribution): LatencySummary {
  const { valuesMs, counts, total } = distribution;
  let sum = 0;
  for (let i = 0; i < valuesMs.length; i += 1) sum += (valuesMs[i] ?? 0) * (counts[i] ?? 0);
  return {
    count: total,
    meanMs: total === 0 ? Number.NaN : sum / total,
    minMs: valuesMs[0] ?? Number.NaN,
    maxMs: valuesMs[valuesMs.length - 1] ?? Number.NaN,
    p50Ms: quantileMs(distribution, 0.5),
    p90Ms: quantileMs(distribution, 0.9),
    p99Ms: quantileMs(distribution, 0.99),
    p999Ms: quantileMs(distribution, 0.999),
  };
}
