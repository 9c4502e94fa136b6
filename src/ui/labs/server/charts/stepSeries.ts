import type { Millis } from '../../../../core/clock.ts';

/** A step function: from atMs[k] on (until atMs[k + 1]) its value is value[k]; 0 before atMs[0]. */
export interface StepFunction {
  readonly atMs: ArrayLike<number>;
  readonly value: ArrayLike<number>;
}

/** Recharts' rows: `tMs` and one value per series key. */
export type StepPoint = { readonly tMs: Millis } & Readonly<Record<string, number>>;

export interface StepSeries {
  readonly points: readonly StepPoint[];
  /** The bucket width when the series were downsampled, or null when every step is drawn. */
  readonly bucketMs: Millis | null;
}

/** At most this many points reach Recharts per chart (SVG stays cheap whatever the run's size). */
export const MAX_STEP_POINTS = 300;

/** From `{atMs, inFlight}` or `{atMs, completed}` rows (core's step functions) to typed arrays. */
export function stepFunctionOf<T extends { readonly atMs: number }>(
  steps: readonly T[],
  valueOf: (step: T) => number,
): StepFunction {
  return {
    atMs: Float64Array.from(steps, (s) => s.atMs),
    value: Float64Array.from(steps, valueOf),
  };
}

/** A walker over one step function: the value at increasing instants, and the max over a span. */
class StepCursor {
  private k = 0;
  private current = 0;
  constructor(private readonly fn: StepFunction) {}

  /** Moves to `tMs` (inclusive), returning the highest value seen on the way, the start's included. */
  advanceTo(tMs: number): number {
    let max = this.current;
    while (this.k < this.fn.atMs.length && (this.fn.atMs[this.k] as number) <= tMs) {
      this.current = this.fn.value[this.k] as number;
      max = Math.max(max, this.current);
      this.k += 1;
    }
    return max;
  }

  /** Moves to just before `tMs` (exclusive), with the same maximum. */
  advanceBefore(tMs: number): number {
    let max = this.current;
    while (this.k < this.fn.atMs.length && (this.fn.atMs[this.k] as number) < tMs) {
      this.current = this.fn.value[this.k] as number;
      max = Math.max(max, this.current);
      this.k += 1;
    }
    return max;
  }

  get value(): number {
    return this.current;
  }
}

/**
 * Several step functions on one time axis, over [0, endMs], as at most `maxPoints` rows for
 * step-after lines. When the union of their instants fits, every step is a row (exact);
 * otherwise time is cut into equal buckets and each bucket shows each series' *maximum* within
 * it, so a peak is never averaged away (the error of the charts of charts/inFlightSeries.ts).
 * The last row, at endMs, holds the values at that instant, so lines reach the cursor.
 */
export function stepSeries(
  fns: Readonly<Record<string, StepFunction>>,
  endMs: number,
  maxPoints: number = MAX_STEP_POINTS,
): StepSeries {
  if (!(endMs > 0) || !Number.isFinite(endMs)) return { points: [], bucketMs: null };
  const keys = Object.keys(fns);
  const instants = new Set<number>([0]);
  for (const key of keys) {
    const { atMs } = fns[key] as StepFunction;
    for (let k = 0; k < atMs.length && (atMs[k] as number) < endMs; k += 1) {
      instants.add(atMs[k] as number);
      if (instants.size > maxPoints) break;
    }
  }
  const cursors = keys.map((key) => new StepCursor(fns[key] as StepFunction));
  const row = (tMs: number, values: readonly number[]): StepPoint => {
    const point: Record<string, number> = { tMs };
    keys.forEach((key, k) => {
      point[key] = values[k] as number;
    });
    return point as StepPoint;
  };
  if (instants.size + 1 <= maxPoints) {
    const sorted = [...instants].sort((a, b) => a - b);
    const points = sorted.map((tMs) =>
      row(
        tMs,
        cursors.map((c) => {
          c.advanceTo(tMs);
          return c.value;
        }),
      ),
    );
    points.push(
      row(
        endMs,
        cursors.map((c) => {
          c.advanceTo(endMs);
          return c.value;
        }),
      ),
    );
    return { points, bucketMs: null };
  }
  const buckets = Math.max(1, maxPoints - 1);
  const bucketMs = endMs / buckets;
  const points: StepPoint[] = [];
  for (let b = 0; b < buckets; b += 1) {
    const fromMs = b * bucketMs;
    const toMs = b === buckets - 1 ? endMs : (b + 1) * bucketMs;
    points.push(
      row(
        fromMs,
        cursors.map((c) => {
          c.advanceTo(fromMs);
          // The value carried into the bucket, and every step inside it.
          return c.advanceBefore(toMs);
        }),
      ),
    );
  }
  points.push(
    row(
      endMs,
      cursors.map((c) => {
        c.advanceTo(endMs);
        return c.value;
      }),
    ),
  );
  return { points, bucketMs };
}
