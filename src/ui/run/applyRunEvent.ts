import type { RunEvent } from '../../core/trace.ts';
import { CALL_CODE, COPY_CODE } from '../timeline/timelineCodes.ts';
import type { TimelineData } from '../timeline/timelineData.ts';

/**
 * Writes one live event into a run's arrays, in place (the timeline redraws from them when the
 * version bumps). Local work fills a waiting (not yet started) work row when the view prepared
 * one, so a lane keeps its height, and adds a row otherwise. Copies (faults, a call policy) grow
 * `data.copies` as they are sent and end, so that the live picture is the one the finished
 * trace gives (timelineDataFromTrace).
 */
export function applyRunEvent(data: TimelineData, event: RunEvent): void {
  switch (event.type) {
    case 'call-start':
      data.startedAtMs[event.index] = event.atMs;
      break;
    case 'call-end': {
      const { span } = event;
      // A skipped call has no call-start: it was given up (not sent) at this instant.
      if (span.status === 'skipped') data.startedAtMs[span.index] = span.startedAtMs;
      data.endedAtMs[span.index] = span.endedAtMs;
      data.aborted[span.index] = span.status === 'aborted' ? 1 : 0;
      if (data.status) data.status[span.index] = CALL_CODE[span.status];
      if (span.wire) data.wire?.set(span.index, span.wire);
      break;
    }
    case 'attempt-start':
      data.copies?.add(event.index, event.attempt, event.hedge, event.atMs);
      break;
    case 'attempt-end': {
      const { span } = event;
      const outcome = COPY_CODE[span.outcome];
      const copies = data.copies;
      if (!copies) break;
      let k = copies.end(event.index, span.attempt, span.endedAtMs, outcome);
      if (k < 0) {
        // Its start was not seen (the view subscribed late): the end says everything anyway.
        k = copies.add(
          event.index,
          span.attempt,
          span.hedge,
          span.startedAtMs,
          span.endedAtMs,
          outcome,
        );
      }
      if (span.wire) copies.wire.set(k, span.wire);
      break;
    }
    case 'request-settled':
      if (data.requestOutcome) {
        data.requestOutcome.settledAtMs = event.outcome.settledAtMs;
        data.requestOutcome.failed = event.outcome.status === 'failed';
      }
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
