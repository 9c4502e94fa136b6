import type { Millis } from '../../core/clock.ts';
import { CALL_CODE, type TimelineData } from '../timeline/index.ts';

/** Where the request stands at one instant of its timeline (the replay cursor). */
export interface CursorState {
  readonly nowMs: Millis;
  /** Calls whose response has arrived (aborted calls count here too: they are over). */
  readonly done: number;
  /** Calls sent and not yet answered. */
  readonly inFlight: number;
  /** Calls ready but not sent yet (waiting for a pool slot, the throttle, their turn). */
  readonly queued: number;
  /** Calls not ready yet (never in the Fan-out lab, where every call is ready at 0). */
  readonly notReady: number;
  /**
   * Calls the request gave up on without sending them (docs/faults.md), once it has failed;
   * until then they count as queued (they were waiting for their turn).
   */
  readonly skipped: number;
  /** Local work (offload) is running at the cursor. */
  readonly working: boolean;
  /** The end of the last call or work finished by the cursor; 0 when nothing has finished. */
  readonly makespanSoFarMs: Millis;
  /** Every call and every piece of local work has finished by the cursor. */
  readonly finished: boolean;
}

/**
 * Counts the calls in each phase at `nowMs`. Phases follow the timeline's conventions: a call is
 * in flight on [startedAt, endedAt), so at its end instant it is done, and one that starts at
 * that same instant is already in flight. Unknown instants (Infinity, a live run) never pass.
 * O(calls), no allocation: cheap enough for every frame of a replay.
 */
export function stateAt(data: TimelineData, nowMs: Millis): CursorState {
  let done = 0;
  let inFlight = 0;
  let queued = 0;
  let notReady = 0;
  let skipped = 0;
  let makespanSoFarMs = 0;
  const status = data.status;
  const settledAtMs = data.requestOutcome?.settledAtMs ?? Infinity;
  for (let i = 0; i < data.count; i += 1) {
    const endMs = data.endedAtMs[i] ?? Infinity;
    if (status !== undefined && status[i] === CALL_CODE.skipped) {
      if (settledAtMs <= nowMs) skipped += 1;
      else queued += 1;
    } else if (endMs <= nowMs) {
      done += 1;
      makespanSoFarMs = Math.max(makespanSoFarMs, endMs);
    } else if ((data.startedAtMs[i] ?? Infinity) <= nowMs) inFlight += 1;
    else if ((data.readyAtMs[i] ?? Infinity) <= nowMs) queued += 1;
    else notReady += 1;
  }
  let working = false;
  let workLeft = false;
  for (const span of data.work) {
    if (span.endedAtMs <= nowMs) makespanSoFarMs = Math.max(makespanSoFarMs, span.endedAtMs);
    else {
      workLeft = true;
      if (span.startedAtMs <= nowMs) working = true;
    }
  }
  return {
    nowMs,
    done,
    inFlight,
    queued,
    notReady,
    skipped,
    working,
    makespanSoFarMs,
    finished: done + skipped === data.count && !workLeft,
  };
}

/** The instant the whole timeline ends: the makespan of a finished run. */
export function timelineEndMs(data: TimelineData): Millis {
  return stateAt(data, Infinity).makespanSoFarMs;
}
