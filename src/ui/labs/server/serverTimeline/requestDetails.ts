import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { workerLabel } from './workerLabels.ts';

/** Where a request stands at the cursor. */
export type RequestState =
  | 'waiting at the client'
  | 'waiting at the server'
  | 'served'
  /** Live runs only: the handler returned (its worker is free), the client has no answer yet. */
  | 'response on its way'
  | 'done';

/**
 * One request as the tooltip and the request table show it, clipped at the cursor like the
 * drawing: instants after `nowMs` are null (not known yet), and an unfinished phase counts up to
 * `nowMs` (so it matches what is drawn).
 */
export interface RequestDetails {
  /** 1-based, as people count ("request #1"); the trace's `index` is this minus one. */
  readonly number: number;
  readonly sentMs: number | null;
  readonly startMs: number | null;
  /** When its handler returned and its worker was freed (before endMs in a live run). */
  readonly freedMs: number | null;
  /** When the client had the response. */
  readonly endMs: number | null;
  /** The worker's name, or null until a worker took it. */
  readonly worker: string | null;
  /** Waiting for one of the client's C slots: due to sent (0 in an open run). */
  readonly atClientMs: number | null;
  /** Waiting for a free worker: sent to start. */
  readonly atServerMs: number | null;
  /** Served, on the worker's side: start to freed. */
  readonly servedMs: number | null;
  /** From due to the response (core's requestLatencyMs; null until the response). */
  readonly latencyMs: number | null;
  readonly state: RequestState;
}

function known(ms: number, nowMs: number): number | null {
  return ms <= nowMs && ms < Infinity ? ms : null;
}

export function requestDetails(
  data: ServerTimelineData,
  index: number,
  nowMs: number,
): RequestDetails {
  const dueMs = data.intendedAtMs[index] ?? 0;
  const sentMs = known(data.sentAtMs[index] ?? Infinity, nowMs);
  const startMs = sentMs === null ? null : known(data.startedAtMs[index] ?? Infinity, nowMs);
  const freedMs = startMs === null ? null : known(data.freedAtMs[index] ?? Infinity, nowMs);
  const endMs = freedMs === null ? null : known(data.endedAtMs[index] ?? Infinity, nowMs);
  const upToNow = (fromMs: number): number | null => (nowMs < Infinity ? nowMs - fromMs : null);
  let state: RequestState = 'waiting at the client';
  if (endMs !== null) state = 'done';
  else if (freedMs !== null) state = 'response on its way';
  else if (startMs !== null) state = 'served';
  else if (sentMs !== null) state = 'waiting at the server';
  const worker = data.worker[index] ?? -1;
  return {
    number: index + 1,
    sentMs,
    startMs,
    freedMs,
    endMs,
    worker: startMs === null || worker < 0 ? null : workerLabel(data, worker),
    // Not yet due (an open run before its arrival): it has not waited at all.
    atClientMs: sentMs === null ? upToNow(Math.min(dueMs, nowMs)) : sentMs - dueMs,
    atServerMs: sentMs === null ? null : startMs === null ? upToNow(sentMs) : startMs - sentMs,
    servedMs: startMs === null ? null : freedMs === null ? upToNow(startMs) : freedMs - startMs,
    latencyMs: endMs === null ? null : endMs - dueMs,
    state,
  };
}

const ms = (value: number | null): string => (value === null ? '—' : formatDuration(value));

/** The tooltip's lines, e.g. ["request #3 (done), process 2", "sent 0 ms · start 1,250 ms · …", …]. */
export function requestTooltipLines(details: RequestDetails): string[] {
  const who = details.worker === null ? '' : `, ${details.worker}`;
  // Said only when the worker was freed before the response arrived (a live run).
  const freed =
    details.freedMs === null || details.freedMs === details.endMs
      ? ''
      : ` (worker freed at ${ms(details.freedMs)})`;
  return [
    `request #${details.number} (${details.state})${who}`,
    `sent ${ms(details.sentMs)} · start ${ms(details.startMs)} · end ${ms(details.endMs)}`,
    `waited ${ms(details.atClientMs)} at the client, ${ms(details.atServerMs)} at the server`,
    `served ${ms(details.servedMs)}${freed} · latency ${ms(details.latencyMs)}`,
  ];
}
