import type { TimelineData } from './timelineData.ts';

/** Where a call stands at the cursor. */
export type CallState = 'not ready' | 'queued' | 'in flight' | 'done' | 'aborted';

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
}

function known(ms: number, nowMs: number): number | null {
  return ms <= nowMs && ms < Infinity ? ms : null;
}

export function callDetails(data: TimelineData, index: number, nowMs: number): CallDetails {
  const readyMs = known(data.readyAtMs[index] ?? Infinity, nowMs);
  const startMs = readyMs === null ? null : known(data.startedAtMs[index] ?? Infinity, nowMs);
  const endMs = startMs === null ? null : known(data.endedAtMs[index] ?? Infinity, nowMs);
  let state: CallState = 'not ready';
  if (endMs !== null) state = data.aborted[index] === 1 ? 'aborted' : 'done';
  else if (startMs !== null) state = 'in flight';
  else if (readyMs !== null) state = 'queued';
  // A finite cursor bounds unfinished phases; with nowMs = Infinity they stay unknown.
  const upToNow = (fromMs: number): number | null => (nowMs < Infinity ? nowMs - fromMs : null);
  return {
    number: index + 1,
    service: data.serviceNames[data.serviceIndex[index] ?? 0] ?? '',
    latencyMs: data.latencyMs[index] ?? 0,
    readyMs,
    startMs,
    endMs,
    queuedMs: readyMs === null ? null : startMs === null ? upToNow(readyMs) : startMs - readyMs,
    inFlightMs: startMs === null ? null : endMs === null ? upToNow(startMs) : endMs - startMs,
    state,
  };
}

/** A time for reading and copying: whole ms as integers, fractions to 3 decimals; null as "". */
export function formatMs(ms: number | null): string {
  if (ms === null) return '';
  if (Number.isInteger(ms)) return String(ms);
  return ms.toFixed(3).replace(/\.?0+$/, '');
}

/** The tooltip's lines, e.g. ["session, call #1 (done)", "ready 0 ms · start 0 ms · end 125 ms", …]. */
export function callTooltipLines(details: CallDetails): string[] {
  const ms = (value: number | null): string => (value === null ? '—' : `${formatMs(value)} ms`);
  return [
    `${details.service}, call #${details.number} (${details.state})`,
    `ready ${ms(details.readyMs)} · start ${ms(details.startMs)} · end ${ms(details.endMs)}`,
    `queued ${ms(details.queuedMs)} · in flight ${ms(details.inFlightMs)}`,
  ];
}
