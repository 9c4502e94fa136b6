import { MAX_LATENCY_MS, type Latency } from './latency.ts';
import { latencyCdf } from './latencyCdf.ts';

/**
 * The p-quantile of what the engine draws for `latency`: the smallest whole ms t with
 * P(draw <= t) >= p (p in (0, 1]). Exact for every form, since latencyCdf is the CDF of the
 * rounded, clamped draws; found by bisection over [0, MAX_LATENCY_MS] (20 steps). This is what
 * `hedge=p95` waits before its copy (DESIGN.md: the call's own distribution, not observed runs).
 * Invariant: non-decreasing in p; latencyCdf(latency, result) >= p > latencyCdf(result - 1).
 */
export function latencyQuantileMs(latency: Latency, p: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError(`quantile ${p} is not in (0, 1]`);
  let low = 0;
  let high = MAX_LATENCY_MS;
  // A relative tolerance absorbs the CDF's floating-point grain (1 - 0.99 is not exactly 0.01).
  const target = p - 1e-12;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (latencyCdf(latency, mid) >= target) high = mid;
    else low = mid + 1;
  }
  return low;
}
