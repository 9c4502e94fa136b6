import type { Millis } from '../clock.ts';
import type { ServerCallSpan } from '../server/serverTrace.ts';
import type { AttemptSpan, CallSpan } from '../trace.ts';
import { callRecord, copiesInOrder, copyOutcomeLabel, copyRecord } from './records.ts';
import { roundMs, VIRTUAL_TIME_STEP_MS } from './roundTimes.ts';
import { TRACE_CATEGORIES } from './traceCategories.ts';
import { slice, threadTrack, type CompleteEvent, type TraceEvent } from './traceEvents.ts';
import { wireSlices } from './wireSlices.ts';

/** A call's lane in its request's process: after the request lane (tid 1). */
const callLaneTid = (index: number): number => 2 + index;
/** A hedged call's second lane, after every call lane of its process (hedges overlap the call). */
const hedgeLaneTid = (index: number, callCount: number): number => 2 + callCount + index;

/**
 * A call's lane: its name, its queued slice (when it waited), its call slice and upstream wait,
 * and its copies with the backoffs between them (hedge copies on a lane of their own).
 */
export function callLane(
  pid: number,
  span: CallSpan | ServerCallSpan,
  callCount: number,
): TraceEvent[] {
  const track = { pid, tid: callLaneTid(span.index) };
  const events: TraceEvent[] = [
    ...threadTrack(pid, track.tid, `#${span.index + 1} ${span.service}`, 1 + 2 * span.index),
  ];
  if (span.startedAtMs > span.readyAtMs) {
    events.push(slice(track, 'queued', TRACE_CATEGORIES.queued, span.readyAtMs, span.startedAtMs));
  }
  const name = span.status === 'ok' ? span.service : `${span.service} (${span.status})`;
  events.push(
    slice(
      track,
      name,
      TRACE_CATEGORIES.call,
      span.startedAtMs,
      span.endedAtMs,
      callRecord(span, { upstream: false, copies: false }),
    ),
  );
  if ('wire' in span && span.wire) events.push(...wireSlices(track, span.startedAtMs, span.wire));
  if ('upstreamStartedAtMs' in span && span.upstreamStartedAtMs > span.upstreamArrivedAtMs) {
    const { upstreamArrivedAtMs: fromMs, upstreamStartedAtMs: toMs } = span;
    events.push(
      slice(track, 'waiting at the upstream', TRACE_CATEGORIES.upstreamWait, fromMs, toMs),
    );
  }
  if (span.attempts) events.push(...copySlices(span, copiesInOrder(span), track, callCount));
  return events;
}

/**
 * A call's copies as slices: first sends and retries on the call's lane, nested in its call
 * slice, with a `backoff` slice over each wait before a retry (from the end of every copy sent
 * before it, so a hedge still out is not counted as backoff) and over a backoff cut short by a
 * cancel; hedge copies on the call's hedge lane.
 */
function copySlices(
  span: CallSpan | ServerCallSpan,
  copies: readonly AttemptSpan[],
  track: { pid: number; tid: number },
  callCount: number,
): TraceEvent[] {
  const events: TraceEvent[] = [];
  const hedgeTrack = { pid: track.pid, tid: hedgeLaneTid(span.index, callCount) };
  if (copies.some((copy) => copy.hedge)) {
    events.push(
      ...threadTrack(
        hedgeTrack.pid,
        hedgeTrack.tid,
        `#${span.index + 1} ${span.service} (hedges)`,
        2 + 2 * span.index,
      ),
    );
  }
  let doneAtMs: number | null = null;
  for (const copy of copies) {
    if (!copy.hedge && doneAtMs !== null && copy.startedAtMs > doneAtMs) {
      events.push(backoffSlice(track, doneAtMs, copy.startedAtMs, copy.attempt));
    }
    const kind = copy.hedge ? ' hedge' : '';
    events.push(
      slice(
        copy.hedge ? hedgeTrack : track,
        `${span.service} copy ${copy.attempt + 1}${kind} (${copyOutcomeLabel(copy.outcome)})`,
        TRACE_CATEGORIES.copy,
        copy.startedAtMs,
        copy.endedAtMs,
        { ...copyRecord(copy), status: span.status },
      ),
    );
    if (copy.wire) {
      events.push(...wireSlices(copy.hedge ? hedgeTrack : track, copy.startedAtMs, copy.wire));
    }
    doneAtMs = Math.max(doneAtMs ?? copy.endedAtMs, copy.endedAtMs);
  }
  // Cancelled (or stopped) while waiting to retry: the backoff the call did not finish.
  if (doneAtMs !== null && span.endedAtMs > doneAtMs) {
    events.push(backoffSlice(track, doneAtMs, span.endedAtMs, null));
  }
  return events;
}

function backoffSlice(
  track: { pid: number; tid: number },
  fromMs: Millis,
  toMs: Millis,
  beforeAttempt: number | null,
): CompleteEvent {
  return slice(track, 'backoff', TRACE_CATEGORIES.backoff, fromMs, toMs, {
    // Both ends are rounded times (roundedRun): rounding to the µs only clears the float noise.
    waitedMs: roundMs(toMs - fromMs, VIRTUAL_TIME_STEP_MS),
    beforeAttempt: beforeAttempt ?? 'none (cancelled while waiting)',
  });
}
