import { laneOrderOf, type LaneOrder } from './laneOrder.ts';
import { serverQueuesOf, type ServerQueues } from './queueSteps.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';

/**
 * What drawing and hit testing derive from the data, O(n log n) to build: the requests in lane
 * order and the two queues' step functions. Built once per *data version* (a live run's events
 * change the arrays in place and bump it), never once per frame.
 */
export interface ServerTimelineIndex {
  readonly order: LaneOrder;
  readonly queues: ServerQueues;
  /** The version of the arrays it was built from. */
  readonly dataVersion: number;
}

export function serverTimelineIndex(
  data: ServerTimelineData,
  dataVersion: number,
): ServerTimelineIndex {
  return { order: laneOrderOf(data), queues: serverQueuesOf(data), dataVersion };
}
