import type { RunEvent } from '../../core/trace.ts';
import type { TimelineData } from '../timeline/timelineData.ts';

/**
 * Writes one live event into a run's arrays, in place (the timeline redraws from them when the
 * version bumps). Local work fills a waiting (not yet started) work row when the view prepared
 * one, so a lane keeps its height, and adds a row otherwise.
 */
export function applyRunEvent(data: TimelineData, event: RunEvent): void {
  switch (event.type) {
    case 'call-start':
      data.startedAtMs[event.index] = event.atMs;
      break;
    case 'call-end':
      data.endedAtMs[event.span.index] = event.span.endedAtMs;
      data.aborted[event.span.index] = event.span.status === 'aborted' ? 1 : 0;
      break;
    case 'work-start': {
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
