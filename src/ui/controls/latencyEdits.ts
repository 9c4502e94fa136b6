import type { Latency } from '../../core/latency.ts';
import { LATENCY_RANGE_MS } from '../../core/limits.ts';

export type LatencyKind = Latency['kind'];

/** The kinds in the order the editor offers them, with the words it shows. */
export const LATENCY_KINDS: readonly { readonly kind: LatencyKind; readonly label: string }[] = [
  { kind: 'fixed', label: 'fixed' },
  // Short, to fit the row; the bound fields beside the select say min/max or p50/p99.
  { kind: 'uniform', label: 'uniform' },
  { kind: 'lognormal', label: 'long tail' },
  { kind: 'exponential', label: 'exponential' },
  { kind: 'rare', label: 'rare slow' },
];

/** Each number a latency holds; the editor has one field per bound of the current kind. */
export type LatencyBound =
  | 'ms'
  | 'minMs'
  | 'maxMs'
  | 'p50Ms'
  | 'p99Ms'
  | 'meanMs'
  | 'slowMs'
  /** Not ms: the rare slow call's share, a percent (SLOW_PERCENT_RANGE). */
  | 'slowPercent';

/** The slow share a new rare-slow latency starts with: the Tail at Scale's 1 %. */
const DEFAULT_SLOW_PERCENT = 1;

const clampMs = (ms: number): number =>
  Math.min(LATENCY_RANGE_MS.max, Math.max(LATENCY_RANGE_MS.min, Math.round(ms)));

/** The typical latency of a distribution: what a kind change keeps. */
function centreMs(latency: Latency): number {
  switch (latency.kind) {
    case 'fixed':
      return latency.ms;
    case 'uniform':
      return Math.round((latency.minMs + latency.maxMs) / 2);
    case 'lognormal':
      return latency.p50Ms;
    case 'exponential':
      return latency.meanMs;
    case 'rare':
      return latency.ms;
  }
}

/**
 * Switches a latency's kind around the same typical value, so the call stays about as slow:
 * 200 becomes 100-300 (uniform, ±50%) or 200~800 (long tail, p99 four times the median, a
 * common shape for real services), ~200 (exponential, mean 200) or 200/2000@1 (rare slow: ten
 * times slower for 1 % of calls). A long tail's median must be above 0, so 0 becomes 1.
 */
export function changeLatencyKind(latency: Latency, kind: LatencyKind): Latency {
  if (latency.kind === kind) return latency;
  const centre = centreMs(latency);
  switch (kind) {
    case 'fixed':
      return { kind, ms: centre };
    case 'uniform':
      return { kind, minMs: clampMs(centre * 0.5), maxMs: clampMs(centre * 1.5) };
    case 'lognormal': {
      const p50Ms = Math.max(1, centre);
      return { kind, p50Ms, p99Ms: clampMs(p50Ms * 4) };
    }
    case 'exponential':
      return { kind, meanMs: centre };
    case 'rare':
      return {
        kind,
        ms: centre,
        slowMs: clampMs(Math.max(1, centre) * 10),
        slowPercent: DEFAULT_SLOW_PERCENT,
      };
  }
}

/**
 * Sets one bound. When the new value would cross the other bound (a minimum above the maximum),
 * the other bound moves with it, like the two thumbs of a range slider: the person sees both
 * values change, and the latency never holds an impossible range. Values are assumed already
 * validated against LATENCY_RANGE_MS (p50 above 0); a bound of another kind changes nothing.
 */
export function withLatencyBound(latency: Latency, bound: LatencyBound, valueMs: number): Latency {
  switch (latency.kind) {
    case 'fixed':
      return bound === 'ms' ? { kind: 'fixed', ms: valueMs } : latency;
    case 'uniform':
      if (bound === 'minMs')
        return { kind: 'uniform', minMs: valueMs, maxMs: Math.max(valueMs, latency.maxMs) };
      if (bound === 'maxMs')
        return { kind: 'uniform', minMs: Math.min(valueMs, latency.minMs), maxMs: valueMs };
      return latency;
    case 'lognormal':
      if (bound === 'p50Ms')
        return { kind: 'lognormal', p50Ms: valueMs, p99Ms: Math.max(valueMs, latency.p99Ms) };
      // p99 may not go below 1: the median it would pull down must stay above 0.
      if (bound === 'p99Ms') {
        const p99Ms = Math.max(1, valueMs);
        return { kind: 'lognormal', p50Ms: Math.min(p99Ms, latency.p50Ms), p99Ms };
      }
      return latency;
    case 'exponential':
      return bound === 'meanMs' ? { kind: 'exponential', meanMs: valueMs } : latency;
    case 'rare':
      // The slow latency may be below the usual one: the form says "usually ms, sometimes slowMs".
      if (bound === 'ms' || bound === 'slowMs' || bound === 'slowPercent')
        return { ...latency, [bound]: valueMs };
      return latency;
  }
}

/**
 * Says what committing `valueMs` into `bound` would do to the other bound, or null when it
 * leaves the other bound alone. The field waits until it is left before committing such a value.
 */
export function crossingNote(
  latency: Latency,
  bound: LatencyBound,
  valueMs: number,
): string | null {
  if (latency.kind === 'uniform') {
    if (bound === 'minMs' && valueMs > latency.maxMs)
      return `Above the maximum (${latency.maxMs} ms): leaving the field raises the maximum to ${valueMs} ms.`;
    if (bound === 'maxMs' && valueMs < latency.minMs)
      return `Below the minimum (${latency.minMs} ms): leaving the field lowers the minimum to ${valueMs} ms.`;
  }
  if (latency.kind === 'lognormal') {
    if (bound === 'p50Ms' && valueMs > latency.p99Ms)
      return `Above p99 (${latency.p99Ms} ms): leaving the field raises p99 to ${valueMs} ms.`;
    if (bound === 'p99Ms' && valueMs < latency.p50Ms)
      return `Below p50 (${latency.p50Ms} ms): leaving the field lowers p50 to ${valueMs} ms.`;
  }
  return null;
}
