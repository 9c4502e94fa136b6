import type { Millis } from './clock.ts';
import type { Random } from './seededRandom.ts';

/** How long one upstream call takes. All values are whole milliseconds. */
export type Latency =
  | { readonly kind: 'fixed'; readonly ms: Millis }
  | { readonly kind: 'uniform'; readonly minMs: Millis; readonly maxMs: Millis }
  /** Long-tailed: a lognormal distribution given its median and 99th percentile. */
  | { readonly kind: 'lognormal'; readonly p50Ms: Millis; readonly p99Ms: Millis }
  /** Memoryless: an exponential distribution given its mean (`~100`). */
  | { readonly kind: 'exponential'; readonly meanMs: Millis }
  /**
   * Usually `ms`, but `slowMs` with probability `slowPercent` % (`10/1000@1`): the Tail at Scale's
   * rare slow call. `slowPercent` is in (0, 100], at most two decimals.
   */
  | {
      readonly kind: 'rare';
      readonly ms: Millis;
      readonly slowMs: Millis;
      readonly slowPercent: number;
    };

/** The largest latency a call may have or draw (10 minutes); longer draws are clamped. */
export const MAX_LATENCY_MS = 600_000;

/** z-score of the 99th percentile of the standard normal distribution. */
const Z_99 = 2.3263478740408408;

/** The sigma of a long tail's log: its p99 sits Z_99 sigmas above its median (latencyCdf uses it). */
export function lognormalSigma(latency: {
  readonly p50Ms: Millis;
  readonly p99Ms: Millis;
}): number {
  return (Math.log(latency.p99Ms) - Math.log(latency.p50Ms)) / Z_99;
}

/**
 * Draws one latency. Draws are rounded to whole milliseconds so that every virtual timeline is
 * exact integer arithmetic, and clamped to [0, MAX_LATENCY_MS].
 */
export function drawLatencyMs(latency: Latency, random: Random): Millis {
  switch (latency.kind) {
    case 'fixed':
      return latency.ms;
    case 'uniform':
      return Math.round(latency.minMs + random() * (latency.maxMs - latency.minMs));
    case 'lognormal': {
      const mu = Math.log(latency.p50Ms);
      const sigma = lognormalSigma(latency);
      // Box-Muller; 1 - random() keeps the logarithm's argument in (0, 1].
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const ms = Math.round(Math.exp(mu + sigma * normal));
      return Math.min(MAX_LATENCY_MS, Math.max(0, ms));
    }
    case 'exponential': {
      // Inverse CDF; 1 - random() keeps the logarithm's argument in (0, 1].
      const ms = Math.round(-latency.meanMs * Math.log(1 - random()));
      return Math.min(MAX_LATENCY_MS, ms);
    }
    case 'rare':
      // One uniform draw decides (DESIGN.md): below the slow share, the call is slow.
      return random() < latency.slowPercent / 100 ? latency.slowMs : latency.ms;
  }
}
