/** A batch-means estimate of a steady-state mean from one long, autocorrelated run. */
export interface BatchMeans {
  readonly mean: number;
  /** The standard error of `mean`: the batch means' standard deviation / sqrt(batches). */
  readonly standardError: number;
  readonly batches: number;
}

/**
 * The method of batch means: drop the first `warmUpShare` of `values` (the run starts empty, not
 * in steady state), cut the rest into `batches` equal consecutive batches and treat their means
 * as independent. Waits in a queue are strongly correlated from one request to the next, so the
 * plain standard error would be far too small; batches much longer than the correlation make
 * their means nearly independent and normal.
 */
export function batchMeans(
  values: ArrayLike<number>,
  batches: number,
  warmUpShare = 0.05,
): BatchMeans {
  const start = Math.floor(values.length * warmUpShare);
  const size = Math.floor((values.length - start) / batches);
  if (size < 1) throw new RangeError(`${values.length} values cannot make ${batches} batches`);
  const means: number[] = [];
  for (let b = 0; b < batches; b += 1) {
    let sum = 0;
    for (let i = start + b * size; i < start + (b + 1) * size; i += 1) sum += values[i] as number;
    means.push(sum / size);
  }
  const mean = means.reduce((a, m) => a + m, 0) / batches;
  const variance = means.reduce((a, m) => a + (m - mean) ** 2, 0) / (batches - 1);
  return { mean, standardError: Math.sqrt(variance / batches), batches };
}
