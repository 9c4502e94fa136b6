import { formatDuration } from '../../core/format/formatDuration.ts';
import type { WirePhases } from '../../core/trace.ts';
import { callStatusCode, type TimelineData } from './timelineData.ts';
import { copyDescriptions, copySummary } from './copyDescriptions.ts';
import { CALL_CODE } from './timelineCodes.ts';
import { callWire, wirePhasesCell, wirePhasesText } from './wireWords.ts';

/** Where a call stands at the cursor. */
export type CallState =
  | 'not ready'
  | 'queued'
  | 'in flight'
  | 'backing off'
  | 'done'
  | 'failed'
  | 'timed out'
  | 'cancelled'
  | 'skipped'
  | 'aborted';

/**
 * One call as the tooltip and the span table show it, clipped at the cursor like the drawing:
 * instants after `nowMs` are null (not known yet), and durations of an unfinished phase count up
 * to `nowMs` (so they match the bar's length).
 */
export interface CallDetails {
  /** 1-based, as people count ("call #1"); the trace's `index` is this minus one. */
  readonly number: number;
  readonly service: string;
  readonly latencyMs: number;
  readonly readyMs: number | null;
  readonly startMs: number | null;
  readonly endMs: number | null;
  readonly queuedMs: number | null;
  readonly inFlightMs: number | null;
  readonly state: CallState;
  /** Copies sent by the cursor (first send, retries, hedges); 1 for a sent call without a list. */
  readonly copies: number;
  /** How each copy sent so far ended, e.g. "error 500, error 500, ok"; '' without copy records. */
  readonly copyOutcomes: string;
  /**
   * Where the last ended copy's time went on the wire and its protocol (wireWords.ts), e.g.
   * "queued in browser 500 ms · set-up 2 ms · waiting 501 ms · download 1 ms · http/1.1"; ''
   * when the run has no phases (or the copy has not ended).
   */
  readonly wire: string;
  /** The same phases in exact ms, for the span table (wirePhasesCell); '' without. */
  readonly wireCell: string;
}

/** The state of a call that ended, by its status (timelineCodes' CALL_CODE). */
const ENDED_STATE: readonly CallState[] = [
  'done',
  'failed',
  'timed out',
  'cancelled',
  'skipped',
  'aborted',
];

function known(ms: number, nowMs: number): number | null {
  return ms <= nowMs && ms < Infinity ? ms : null;
}

export function callDetails(data: TimelineData, index: number, nowMs: number): CallDetails {
  const readyMs = known(data.readyAtMs[index] ?? Infinity, nowMs);
  let startMs = readyMs === null ? null : known(data.startedAtMs[index] ?? Infinity, nowMs);
  let endMs = startMs === null ? null : known(data.endedAtMs[index] ?? Infinity, nowMs);
  const copies = copyDescriptions(data, index, nowMs);
  let state: CallState = 'not ready';
  if (endMs !== null) state = ENDED_STATE[callStatusCode(data, index)] ?? 'done';
  else if (startMs !== null) {
    // Between copies (a retry's backoff): sent before, nothing out now.
    const waiting = copies.length > 0 && copies.every((copy) => copy.outcome !== null);
    state = waiting ? 'backing off' : 'in flight';
  } else if (readyMs !== null) state = 'queued';
  // A skipped call was never sent: its "start" is when the request gave up on it.
  const skipped = callStatusCode(data, index) === CALL_CODE.skipped && endMs !== null;
  const givenUpMs = startMs;
  if (skipped) {
    startMs = null;
    endMs = null;
  }
  // A finite cursor bounds unfinished phases; with nowMs = Infinity they stay unknown.
  const upToNow = (fromMs: number): number | null => (nowMs < Infinity ? nowMs - fromMs : null);
  let queuedMs: number | null = null;
  if (readyMs !== null) {
    if (skipped) queuedMs = (givenUpMs ?? readyMs) - readyMs;
    else queuedMs = startMs === null ? upToNow(readyMs) : startMs - readyMs;
  }
  const hasList = data.copies !== undefined && data.copies.firstOf(index) >= 0;
  return {
    number: index + 1,
    service: data.serviceNames[data.serviceIndex[index] ?? 0] ?? '',
    latencyMs: data.latencyMs[index] ?? 0,
    readyMs,
    startMs,
    endMs,
    queuedMs,
    inFlightMs: startMs === null ? null : endMs === null ? upToNow(startMs) : endMs - startMs,
    state,
    copies: hasList ? copies.length : startMs === null ? 0 : 1,
    copyOutcomes: hasList ? copySummary(copies) : '',
    ...wireTexts(callWire(data, index, nowMs)),
  };
}

function wireTexts(wire: WirePhases | null): { wire: string; wireCell: string } {
  return { wire: wirePhasesText(wire), wireCell: wirePhasesCell(wire) };
}

/**
 * A time for the CSV copy (spanCsv): plain digits, no grouping, '.' decimals, whole ms as
 * integers, fractions to 3 decimals; null as "". People read src/core/format's forms instead.
 */
export function formatMs(ms: number | null): string {
  if (ms === null) return '';
  if (Number.isInteger(ms)) return String(ms);
  return ms.toFixed(3).replace(/\.?0+$/, '');
}

/** "3 copies: error 500, error 500, ok" (empty for a call without copy records). */
export function copiesLine(details: CallDetails): string {
  if (details.copyOutcomes === '') return '';
  const noun = details.copies === 1 ? 'copy' : 'copies';
  return `${details.copies} ${noun}: ${details.copyOutcomes}`;
}

/**
 * The tooltip's lines, e.g. ["session, call #1 (done)", "ready 0 ms · start 0 ms · end 125 ms",
 * …], a fourth with the copies when the run recorded them, and one with the wire phases when the
 * engine measured them.
 */
export function callTooltipLines(details: CallDetails): string[] {
  const ms = (value: number | null): string => (value === null ? '—' : formatDuration(value));
  const lines = [
    `${details.service}, call #${details.number} (${details.state})`,
    `ready ${ms(details.readyMs)} · start ${ms(details.startMs)} · end ${ms(details.endMs)}`,
    `queued ${ms(details.queuedMs)} · in flight ${ms(details.inFlightMs)}`,
  ];
  const copies = copiesLine(details);
  if (copies !== '') lines.push(copies);
  if (details.wire !== '') lines.push(details.wire);
  return lines;
}
