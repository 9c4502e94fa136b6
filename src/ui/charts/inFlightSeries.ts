import type { TimelineData } from '../timeline/index.ts';

/**
 * One point of the chart's step function: from `tMs` on, `inFlight` requests are on the wire
 * (copies of calls: first sends, retries, hedges; core's requestsOnWireSteps).
 */
export interface InFlightPoint {
  readonly tMs: number;
  readonly inFlight: number;
}

/** The points to draw, and the bucket width when they were downsampled (null when exact). */
export interface InFlightSeries {
  readonly points: readonly InFlightPoint[];
  readonly bucketMs: number | null;
}

/** At most this many points reach Recharts (SVG stays cheap however many calls ran). */
export const MAX_IN_FLIGHT_POINTS = 300;

/**
 * The requests-on-the-wire step function of a run before clipping: instants in increasing order,
 * and the number of copies on the wire from each one on. Copies not yet sent count from nowhere;
 * copies out (end unknown, Infinity) never stop counting, so clipping at the cursor is enough.
 */
export interface InFlightSteps {
  readonly atMs: Float64Array;
  readonly inFlight: Int32Array;
}

/**
 * Builds the steps, counting what core's requestsOnWireSteps counts: a call with recorded copies
 * by its copies (a hedge is two, a retry backoff is none), a call without (a plain run, or a live
 * call whose first copy has not been reported yet) as its own single copy. A copy is on the wire
 * on [start, end): one ending at t and one starting at t do not overlap, and zero-length copies
 * never count. O((n + c) log (n + c)); the chart keeps the result for a given `data` and only
 * clips it as the cursor moves.
 */
export function inFlightStepsOf(data: TimelineData): InFlightSteps {
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (start: number, end: number): void => {
    if (!Number.isFinite(start) || end <= start) return;
    starts.push(start);
    if (Number.isFinite(end)) ends.push(end);
  };
  const copies = data.copies;
  for (let i = 0; i < data.count; i += 1) {
    if (copies && copies.firstOf(i) >= 0) continue;
    add(data.startedAtMs[i] ?? Infinity, data.endedAtMs[i] ?? Infinity);
  }
  if (copies) {
    // Read the arrays through the list (they are replaced when it grows).
    for (let k = 0; k < copies.length; k += 1) {
      add(copies.startedAtMs[k] ?? Infinity, copies.endedAtMs[k] ?? Infinity);
    }
  }
  const s = Float64Array.from(starts).sort();
  const e = Float64Array.from(ends).sort();
  const atMs: number[] = [];
  const inFlight: number[] = [];
  let i = 0;
  let j = 0;
  let current = 0;
  while (i < s.length || j < e.length) {
    const t = Math.min(s[i] ?? Infinity, e[j] ?? Infinity);
    while (i < s.length && s[i] === t) {
      current += 1;
      i += 1;
    }
    while (j < e.length && e[j] === t) {
      current -= 1;
      j += 1;
    }
    atMs.push(t);
    inFlight.push(current);
  }
  return { atMs: Float64Array.from(atMs), inFlight: Int32Array.from(inFlight) };
}

/** Index of the first step at or after `tMs` (binary search; steps are sorted). */
function firstStepAtOrAfter(atMs: Float64Array, tMs: number): number {
  let lo = 0;
  let hi = atMs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((atMs[mid] ?? Infinity) < tMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The steps on [0, nowMs], as at most `maxPoints` points for a step-after area. When there are
 * more steps than that, time is cut into equal buckets and each bucket shows the *maximum* in
 * flight within it: a peak is never averaged away (a bucket may look busy a little longer than
 * it was, which is the honest error for a chart about concurrency). The last point, at nowMs, holds
 * the value at that instant, so the area reaches the cursor. nowMs = Infinity means "the whole run".
 */
export function clipInFlightSteps(
  steps: InFlightSteps,
  nowMs: number,
  maxPoints: number = MAX_IN_FLIGHT_POINTS,
): InFlightSeries {
  const { atMs, inFlight } = steps;
  const endMs = Number.isFinite(nowMs) ? nowMs : (atMs[atMs.length - 1] ?? 0);
  if (!(endMs > 0)) return { points: [], bucketMs: null };
  const k = firstStepAtOrAfter(atMs, endMs);
  // The value at the cursor itself: a step exactly there (the run's last end, say) counts.
  const valueAtEnd = (before: number): number =>
    atMs[k] === endMs ? (inFlight[k] ?? before) : before;
  // Exact: a point at 0, one per step before endMs, one at endMs.
  if (k + 2 <= maxPoints) {
    const points: InFlightPoint[] = [];
    let value = 0;
    if ((atMs[0] ?? Infinity) > 0) points.push({ tMs: 0, inFlight: 0 });
    for (let i = 0; i < k; i += 1) {
      value = inFlight[i] ?? 0;
      points.push({ tMs: atMs[i] ?? 0, inFlight: value });
    }
    points.push({ tMs: endMs, inFlight: valueAtEnd(value) });
    return { points, bucketMs: null };
  }
  const buckets = Math.max(1, maxPoints - 1);
  const points: InFlightPoint[] = [];
  let value = 0;
  let i = 0;
  for (let b = 0; b < buckets; b += 1) {
    const upper = b === buckets - 1 ? endMs : ((b + 1) * endMs) / buckets;
    let max = value;
    while (i < k && (atMs[i] ?? Infinity) < upper) {
      value = inFlight[i] ?? 0;
      max = Math.max(max, value);
      i += 1;
    }
    points.push({ tMs: (b * endMs) / buckets, inFlight: max });
  }
  points.push({ tMs: endMs, inFlight: valueAtEnd(value) });
  return { points, bucketMs: endMs / buckets };
}

/** Requests on the wire over [0, nowMs], at most MAX_IN_FLIGHT_POINTS points, peaks kept. */
export function inFlightSeries(data: TimelineData, nowMs: number): InFlightSeries {
  return clipInFlightSteps(inFlightStepsOf(data), nowMs);
}
