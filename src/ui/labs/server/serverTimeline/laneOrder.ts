import type { ServerTimelineData } from './serverTimelineData.ts';

/**
 * The requests that have a worker, sorted by worker and then by start: each worker's (and so
 * each lane's, whatever the grouping) requests are one contiguous run of `indices`, found by
 * binary search on `workers`. Built once per data version; drawing and hit testing then cost
 * O(requests in the visible lanes), never a scan of every request per lane.
 */
export interface LaneOrder {
  /** Request indices. */
  readonly indices: Int32Array;
  /** The worker of each entry of `indices` (non-decreasing). */
  readonly workers: Int32Array;
}

export function laneOrderOf(data: ServerTimelineData): LaneOrder {
  const picked: number[] = [];
  for (let i = 0; i < data.count; i += 1) if ((data.worker[i] as number) >= 0) picked.push(i);
  picked.sort(
    (a, b) =>
      (data.worker[a] as number) - (data.worker[b] as number) ||
      (data.startedAtMs[a] as number) - (data.startedAtMs[b] as number) ||
      a - b,
  );
  const indices = Int32Array.from(picked);
  return { indices, workers: Int32Array.from(picked, (i) => data.worker[i] as number) };
}

/** The first position in `order` whose worker is at least `worker`. */
export function firstOfWorker(order: LaneOrder, worker: number): number {
  let lo = 0;
  let hi = order.workers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((order.workers[mid] as number) < worker) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
