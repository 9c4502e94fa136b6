import type { CopyList } from './copyList.ts';
import type { LanePainter } from './lanePainter.ts';
import type { RectBatch } from './rectBatch.ts';
import { COPY_CODE, COPY_IN_FLIGHT } from './timelineCodes.ts';
import { addWireAnswer, addWireSetup } from './wireRuns.ts';
import {
  abortedStyle,
  backoffStyle,
  failureStyle,
  hedgeInFlightStyle,
  inFlightStyle,
} from './timelineStyles.ts';

/** Where a lane's bars sit (device px), and whether copies there are outlined or filled. */
export interface CopyLane {
  barTopPx: number;
  barHeightPx: number;
  /** A hedge copy's bar: the lower half of the row, below a background-coloured gap. */
  hedgeTopPx: number;
  hedgeHeightPx: number;
  /** Rows tall enough for outlines (one row per lane); thinner lanes fill instead. */
  outline: boolean;
  /** Width of a failed copy's solid end mark. */
  markPx: number;
}

/** The outlines copies add (unmerged: there are outlines only with one row per lane). */
export interface CopyOutlines {
  /** Aborted copies (Reset, Stop), as aborted calls are outlined. */
  readonly aborted: RectBatch;
  readonly cancelled: RectBatch;
  /** Timed-out copies: dashed, in the failure colour, ending at the deadline. */
  readonly timeout: RectBatch;
}

/** The failure styles' indices for this frame's colour count (set by prepareCopyStyles). */
const S = {
  colourCount: 1,
  /** First in-flight, hedge and backoff styles: add the service colour. */
  inFlight0: 0,
  hedgeInFlight0: 0,
  backoff0: 0,
  aborted: 0,
  failedFill: 0,
  failedMark: 0,
  busyFill: 0,
  cancelledFill: 0,
  hedgeFailedFill: 0,
  hedgeFailedMark: 0,
  hedgeBusyFill: 0,
  hedgeCancelledFill: 0,
};

/** Resolves the style indices once per frame (not per copy: this runs for every copy drawn). */
export function prepareCopyStyles(colourCount: number): void {
  S.colourCount = colourCount;
  S.inFlight0 = inFlightStyle(colourCount, 0);
  S.hedgeInFlight0 = hedgeInFlightStyle(colourCount, 0);
  S.backoff0 = backoffStyle(colourCount, 0);
  S.aborted = abortedStyle(colourCount);
  S.failedFill = failureStyle(colourCount, 'failedFill');
  S.failedMark = failureStyle(colourCount, 'failedMark');
  S.busyFill = failureStyle(colourCount, 'busyFill');
  S.cancelledFill = failureStyle(colourCount, 'cancelledFill');
  S.hedgeFailedFill = failureStyle(colourCount, 'hedgeFailedFill');
  S.hedgeFailedMark = failureStyle(colourCount, 'hedgeFailedMark');
  S.hedgeBusyFill = failureStyle(colourCount, 'hedgeBusyFill');
  S.hedgeCancelledFill = failureStyle(colourCount, 'hedgeCancelledFill');
}

const ERROR = COPY_CODE.error;
const HUNG = COPY_CODE.hung;
const BUSY = COPY_CODE.busy;
const TIMEOUT = COPY_CODE.timeout;
const CANCELLED = COPY_CODE.cancelled;
const ABORTED = COPY_CODE.aborted;

/**
 * Draws one call's copies in its row instead of the single in-flight bar: each copy its own bar
 * styled by how it ended, the backoff before each retry as a line, a hedge copy in the lower
 * half. Clipped at the cursor like every span: a copy that ends after `nowMs` is still in flight
 * (its outcome is not known yet), a copy sent after it is not drawn, and a backoff under way
 * runs up to the cursor. Call prepareCopyStyles first (once per frame).
 *
 * The backoff runs from the latest end of the copies so far to the next retry's send, or, after
 * the last copy, to the call's own end (a call cancelled while backing off; Infinity in a live
 * run that has not ended the call yet).
 */
export function addCopyRuns(
  painter: LanePainter,
  lane: CopyLane,
  outlines: CopyOutlines,
  copies: CopyList,
  firstCopy: number,
  callEndMs: number,
  nowMs: number,
  colour: number,
): void {
  const backoff = S.backoff0 + colour;
  let lastEndMs = -Infinity;
  for (let k = firstCopy; k >= 0; k = copies.next[k] as number) {
    const startMs = copies.startedAtMs[k] as number;
    const hedge = copies.hedge[k] === 1;
    if (!hedge && lastEndMs > -Infinity && lastEndMs < Math.min(startMs, nowMs)) {
      painter.add(backoff, lastEndMs, Math.min(startMs, nowMs));
    }
    if (startMs > nowMs) return;
    const endMs = copies.endedAtMs[k] as number;
    if (endMs > lastEndMs) lastEndMs = endMs;
    const outcome = endMs <= nowMs ? (copies.outcome[k] as number) : COPY_IN_FLIGHT;
    const toMs = Math.min(endMs, nowMs);
    // A copy with wire phases (not a hedge: its half-height bar stays plain) starts with its
    // browser queue and set-up; the rest is drawn from its answer part on, as ever.
    if (!hedge && copies.wire.any && copies.wire.has(k)) {
      const answerMs = addWireSetup(painter, copies.wire, k, startMs, endMs, nowMs);
      const answered = outcome === COPY_IN_FLIGHT || outcome === COPY_CODE.ok;
      if (answered) {
        if (answerMs < toMs) addWireAnswer(painter, S.inFlight0 + colour, endMs, nowMs);
        continue;
      }
      if (answerMs < toMs) {
        addCopy(painter, lane, outlines, outcome, hedge, answerMs, toMs, colour);
        continue;
      }
    }
    addCopy(painter, lane, outlines, outcome, hedge, startMs, toMs, colour);
  }
  if (lastEndMs > -Infinity && lastEndMs < Math.min(callEndMs, nowMs)) {
    painter.add(backoff, lastEndMs, Math.min(callEndMs, nowMs));
  }
}

function addCopy(
  painter: LanePainter,
  lane: CopyLane,
  outlines: CopyOutlines,
  outcome: number,
  hedge: boolean,
  fromMs: number,
  toMs: number,
  colour: number,
): void {
  switch (outcome) {
    case ERROR:
    case HUNG:
      addFailed(painter, lane, hedge, fromMs, toMs);
      return;
    case BUSY:
      painter.add(hedge ? S.hedgeBusyFill : S.busyFill, fromMs, toMs);
      return;
    case TIMEOUT:
      if (!lane.outline) addFailed(painter, lane, hedge, fromMs, toMs);
      else if (painter.span(fromMs, toMs)) outline(outlines.timeout, painter, lane, hedge);
      return;
    case CANCELLED:
      if (!lane.outline) painter.add(hedge ? S.hedgeCancelledFill : S.cancelledFill, fromMs, toMs);
      else if (painter.span(fromMs, toMs)) outline(outlines.cancelled, painter, lane, hedge);
      return;
    case ABORTED:
      if (!lane.outline) painter.add(S.aborted, fromMs, toMs);
      else if (painter.add(S.inFlight0 + colour, fromMs, toMs)) {
        outline(outlines.aborted, painter, lane, hedge);
      }
      return;
    default: {
      // In flight, or answered ok.
      painter.add((hedge ? S.hedgeInFlight0 : S.inFlight0) + colour, fromMs, toMs);
    }
  }
}

/** A reduced-alpha failure fill with a solid mark at its end (where the error arrived). */
function addFailed(
  painter: LanePainter,
  lane: CopyLane,
  hedge: boolean,
  fromMs: number,
  toMs: number,
): void {
  if (!painter.add(hedge ? S.hedgeFailedFill : S.failedFill, fromMs, toMs)) return;
  const x1Px = painter.x1Px;
  const x0Px = Math.max(painter.x0Px, x1Px - lane.markPx);
  painter.addPx(hedge ? S.hedgeFailedMark : S.failedMark, x0Px, x1Px);
}

function outline(batch: RectBatch, painter: LanePainter, lane: CopyLane, hedge: boolean): void {
  const topPx = hedge ? lane.hedgeTopPx : lane.barTopPx;
  const heightPx = hedge ? lane.hedgeHeightPx : lane.barHeightPx;
  batch.push(painter.x0Px, topPx, painter.x1Px - painter.x0Px, heightPx);
}
