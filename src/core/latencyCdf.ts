import { MAX_LATENCY_MS, lognormalSigma, type Latency } from './latency.ts';
import { standardNormalCdf } from './standardNormalCdf.ts';

/**
 * P(drawLatencyMs(latency) <= limitMs): the CDF of what the engine actually draws, so a
 * prediction built on it is exact, not an approximation of the continuous form. Draws are whole
 * ms (Math.round, halves up) and clamped to [0, MAX_LATENCY_MS], so for a whole limit t,
 * round(x) <= t exactly when x < t + 0.5; a fractional limit counts as its floor. Used with the
 * tie rule of docs/faults.md: an answer due at the instant its timeout fires wins, hence `<=`.
 *
 * Invariants: 0 at negative limits, 1 from MAX_LATENCY_MS on, non-decreasing in `limitMs`.
 * Exact for fixed and uniform draws (up to the generator's 2^-32 grain); for the long tail the
 * draw is a Box-Muller normal, so the CDF is Φ((ln(t + 0.5) - mu) / sigma); for the exponential
 * the draw is -mean ln(1 - u), so the CDF is 1 - exp(-(t + 0.5) / mean); a rare slow call is
 * slow exactly when u < slowPercent / 100.
 */
export function latencyCdf(latency: Latency, limitMs: number): number {
  const t = Math.floor(limitMs);
  if (t < 0) return 0;
  if (t >= MAX_LATENCY_MS) return 1;
  switch (latency.kind) {
    case 'fixed':
      return latency.ms <= t ? 1 : 0;
    case 'uniform': {
      const { minMs, maxMs } = latency;
      if (maxMs === minMs) return minMs <= t ? 1 : 0;
      // minMs + u * (maxMs - minMs) < t + 0.5, with u uniform in [0, 1).
      return clamp01((t + 0.5 - minMs) / (maxMs - minMs));
    }
    case 'lognormal': {
      const mu = Math.log(latency.p50Ms);
      const sigma = lognormalSigma(latency);
      if (sigma === 0) return latency.p50Ms <= t ? 1 : 0;
      return standardNormalCdf((Math.log(t + 0.5) - mu) / sigma);
    }
    case 'exponential':
      if (latency.meanMs === 0) return 1;
      return 1 - Math.exp(-(t + 0.5) / latency.meanMs);
    case 'rare': {
      const slowShare = latency.slowPercent / 100;
      return (latency.ms <= t ? 1 - slowShare : 0) + (latency.slowMs <= t ? slowShare : 0);
    }
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
