import { formatMs } from '../../timeline/callDetails.ts';
import type { ServerTimelineData } from './serverTimelineData.ts';
import { workerLabel } from './workerLabels.ts';

/** Where a request stands at the cursor. */
export type RequestState = 'waiting at the client' | 'waiting at the server' | 'served' | 'done';

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
  readonly endMs: number | null;
  /** The worker's name, or null until a worker took it. */
  readonly worker: string | null;
  /** Waiting for one of the client's C slots: 0 to sent. */
  readonly atClientMs: number | null;
  /** Waiting for a free worker: sent to start. */
  readonly atServerMs: number | null;
  /** Served: start to end. */
  readonly servedMs: number | null;
  /** What the client measured: end - sent (null until the response). */
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
  const sentMs = known(data.sentAtMs[index] ?? Infinity, nowMs);
  const startMs = sentMs === null ? null : known(data.startedAtMs[index] ?? Infinity, nowMs);
  const endMs = startMs === null ? null : known(data.endedAtMs[index] ?? Infinity, nowMs);
  const upToNow = (fromMs: number): number | null => (nowMs < Infinity ? nowMs - fromMs : null);
  let state: RequestState = 'waiting at the client';
  if (endMs !== null) state = 'done';
  else if (startMs !== null) state = 'served';
  else if (sentMs !== null) state = 'waiting at the server';
  const worker = data.worker[index] ?? -1;
  return {
    number: index + 1,
    sentMs,
    startMs,
    endMs,
    worker: startMs === null || worker < 0 ? null : workerLabel(data, worker),
    atClientMs: sentMs ?? upToNow(0),
    atServerMs: sentMs === null ? null : startMs === null ? upToNow(sentMs) : startMs - sentMs,
    servedMs: startMs === null ? null : endMs === null ? upToNow(startMs) : endMs - startMs,
    latencyMs: endMs === null || sentMs === null ? null : endMs - sentMs,
    state,
  };
}

const ms = (value: number | null): string => (value === null ? '—' : `${formatMs(value)} ms`);

/** The tooltip's lines, e.g. ["request #3 (done), process 2", "sent 0 ms · start 1250 ms · …", …]. */
export function requestTooltipLines(details: RequestDetails): string[] {
  const who = details.worker === null ? '' : `, ${details.worker}`;
  return [
    `request #${details.number} (${details.state})${who}`,
    `sent ${ms(details.sentMs)} · start ${ms(details.startMs)} · end ${ms(details.endMs)}`,
    `waited ${ms(details.atClientMs)} at the client, ${ms(details.atServerMs)} at the server`,
    `served ${ms(details.servedMs)} · latency ${ms(details.latencyMs)}`,
  ];
}
