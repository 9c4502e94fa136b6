import type { TimelineData } from '../timeline/index.ts';

/** The measured makespan as of the cursor. */
export interface MeasuredMakespan {
  /** The makespan once every call and local work has ended by nowMs; before that, time so far. */
  readonly ms: number | null;
  /** True once the value is the run's makespan, false while it is still growing. */
  readonly final: boolean;
}

export interface MakespanBar {
  readonly key: 'measured' | 'predicted';
  readonly label: string;
  /** null: nothing to show yet (an unbounded cursor before the run ended). */
  readonly ms: number | null;
}

/**
 * The end of the last call or local work when everything has ended by nowMs (a zero-call run's
 * makespan is 0). While anything is unknown or ends after nowMs, the run is still going: the
 * measured bar is the time elapsed, nowMs, and says "so far".
 */
export function measuredMakespan(data: TimelineData, nowMs: number): MeasuredMakespan {
  let lastEndMs = 0;
  let ended = true;
  for (let i = 0; i < data.count && ended; i += 1) {
    const end = data.endedAtMs[i] ?? Infinity;
    if (end > nowMs || !Number.isFinite(end)) ended = false;
    else lastEndMs = Math.max(lastEndMs, end);
  }
  for (const span of data.work) {
    if (span.endedAtMs > nowMs || !Number.isFinite(span.endedAtMs)) ended = false;
    else lastEndMs = Math.max(lastEndMs, span.endedAtMs);
  }
  if (ended) return { ms: lastEndMs, final: true };
  return { ms: Number.isFinite(nowMs) ? Math.max(0, nowMs) : null, final: false };
}

/**
 * The bars of the makespan chart: measured (or "so far") and predicted. Without a prediction
 * there is no predicted bar at all (an empty "Predicted" row read as a prediction of 0).
 */
export function makespanSeries(
  data: TimelineData,
  nowMs: number,
  predictedMs: number | null,
): readonly MakespanBar[] {
  const measured = measuredMakespan(data, nowMs);
  const bar: MakespanBar = {
    key: 'measured',
    label: measured.final ? 'Measured' : 'So far',
    ms: measured.ms,
  };
  return predictedMs === null
    ? [bar]
    : [bar, { key: 'predicted', label: 'Predicted', ms: predictedMs }];
}
