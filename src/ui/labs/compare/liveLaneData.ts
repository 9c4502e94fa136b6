import type { ModelSpec } from '../../../core/modelSpec.ts';
import type { PlannedCall } from '../../../core/plannedCall.ts';
import { pendingTimelineData, type TimelineData } from '../../timeline/index.ts';

export { applyRunEvent as applyLiveEvent } from '../../run/applyRunEvent.ts';

/**
 * A lane before its run: every call ready at 0 and nothing sent; the offload model's local work
 * row is there already (not started), so the lane keeps its height and labels when work begins.
 */
export function pendingLaneData(planned: readonly PlannedCall[], spec: ModelSpec): TimelineData {
  const data = pendingTimelineData(planned);
  if (spec.name === 'offload') data.work.push({ startedAtMs: Infinity, endedAtMs: Infinity });
  return data;
}
