import type { ModelSpec } from '../../../core/modelSpec.ts';
import type { PlannedCall } from '../../../core/plannedCall.ts';
import type { RunEvent } from '../../../core/trace.ts';
import { pendingTimelineData, type TimelineData } from '../../timeline/timelineData.ts';

/**
 * Writes one live event into a lane's arrays, in place (the canvas redraws from them when the
 * lane's version bumps). The Fan-out lab's run controller has the same rules in a private
 * function; this one also fills a waiting work row instead of adding one.
 */
export function applyLiveEvent(data: TimelineData, event: RunEvent): void {
  switch (event.type) {
    case 'call-start':
      data.startedAtMs[event.index] = event.atMs;
      break;
    case 'call-end':
      data.endedAtMs[event.span.index] = event.span.endedAtMs;
      data.aborted[event.span.index] = event.span.status === 'aborted' ? 1 : 0;
      break;
    case 'work-start': {
      // The offload lane holds a not-yet-started work row from the start (see pendingLaneData).
      const waiting = data.work.find((span) => span.startedAtMs === Infinity);
      if (waiting) waiting.startedAtMs = event.atMs;
      else data.work.push({ startedAtMs: event.atMs, endedAtMs: Infinity });
      break;
    }
    case 'work-end': {
      const open = data.work.find((span) => span.endedAtMs === Infinity);
      if (open) open.endedAtMs = event.span.endedAtMs;
      break;
    }
  }
}

/**
 * A lane before its run: every call ready at 0 and nothing sent; the offload model's local work
 * row is there already (not started), so the lane keeps its height and labels when work begins.
 */
export function pendingLaneData(planned: readonly PlannedCall[], spec: ModelSpec): TimelineData {
  const data = pendingTimelineData(planned);
  if (spec.name === 'offload') data.work.push({ startedAtMs: Infinity, endedAtMs: Infinity });
  return data;
}
