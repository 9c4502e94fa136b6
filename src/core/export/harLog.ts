import type { Millis } from '../clock.ts';
import type { CallSpan } from '../trace.ts';
import { compensatedDelayMs, RUN_ID_PATTERN, upstreamPath } from '../upstreamRequest.ts';
import { callRecord } from './records.ts';
import { EXPORT_GENERATOR, type ExportableRun } from './exportableRun.ts';

export interface HarOptions {
  /** The page the run ran on (`location.href`): the upstream paths resolve against it. */
  readonly pageUrl: string;
  /** When the run started, ISO 8601 (core never reads the clock); entries count from it. */
  readonly startedAtIso: string;
  /**
   * The `run=` value of the URLs. The live engine does not report the id it used, so this
   * stands in for it (default `export`); it must match RUN_ID_PATTERN.
   */
  readonly runId?: string;
}

/** The mark a simulated (virtual) run carries on the log and on each entry. */
export const SIMULATED_COMMENT = 'simulated by Overlap';
const PAGE_ID = 'run';
const HTTP_VERSION = 'HTTP/1.1';

/** ms to 3 decimals (µs): HAR times are ms, and float noise would break `time = sum(timings)`. */
const ms3 = (ms: Millis): number => Math.round(ms * 1000) / 1000;

function isoAfter(startedAtIso: string, ms: Millis): string {
  const startMs = Date.parse(startedAtIso);
  if (Number.isNaN(startMs)) {
    throw new RangeError(`harLog: startedAtIso "${startedAtIso}" is not an ISO 8601 date.`);
  }
  return new Date(startMs + ms).toISOString();
}

/**
 * The delay the call's URL asked its mocked service for, by the live transport's rule
 * (compensatedDelayMs), after a live Server run's time scale shrank it for the wire. A simulated
 * run sent nothing: its URL is the one a live run without compensation would send.
 */
function wireDelayMs(run: ExportableRun, latencyMs: Millis): Millis {
  const live = run.live;
  if (!live) return latencyMs;
  return compensatedDelayMs(latencyMs / (live.timeScale ?? 1), live.compensationMs);
}

function entryOf(
  run: ExportableRun,
  span: CallSpan,
  options: HarOptions & { readonly page: URL; readonly runId: string },
): object {
  const delayMs = wireDelayMs(run, span.latencyMs);
  const url = new URL(upstreamPath(span, delayMs, options.runId), options.page);
  const ok = span.status === 'ok';
  // The body the MSW handler answers (src/mocks/handlers.ts), byte for byte (names are ASCII).
  const text = JSON.stringify({ service: span.service, index: span.index, latencyMs: delayMs });
  const blocked = ms3(span.startedAtMs - span.readyAtMs);
  const wait = ms3(span.endedAtMs - span.startedAtMs);
  return {
    pageref: PAGE_ID,
    // The instant the call was ready: `blocked` (its queue wait) counts from there, as in the
    // HARs browsers write, so startedDateTime + time is when its response arrived.
    startedDateTime: isoAfter(options.startedAtIso, span.readyAtMs),
    time: ms3(blocked + wait),
    request: {
      method: 'GET',
      url: url.href,
      httpVersion: HTTP_VERSION,
      cookies: [],
      headers: [],
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status: ok ? 200 : 0,
      statusText: ok ? 'OK' : '',
      httpVersion: ok ? HTTP_VERSION : '',
      cookies: [],
      headers: [],
      content: ok
        ? { size: text.length, mimeType: 'application/json', text }
        : { size: 0, mimeType: 'application/json' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    // Under MSW no socket is opened (dns, connect, ssl do not apply) and the whole time in
    // flight is the service's wait; the queue before sending is `blocked`.
    timings: { blocked, dns: -1, connect: -1, send: 0, wait, receive: 0, ssl: -1 },
    // Custom fields start with "_" (HAR 1.2). DevTools files fetch() calls under Fetch/XHR.
    _resourceType: 'fetch',
    ...(ok ? {} : { _error: 'net::ERR_ABORTED' }),
    ...(run.simulated ? { comment: SIMULATED_COMMENT, _simulated: true } : {}),
    _overlap: callRecord(span, { upstream: false }),
  };
}

/**
 * The run's calls as an HTTP Archive (HAR 1.2), which a browser's network panel imports: one
 * page (the run) and one entry per call, sorted by the instant it was ready, each with the URL
 * the live engine sends (`/upstream/<service>?ms=...`), its queue wait as `blocked` and its time
 * in flight as `wait`. A virtual run is marked as simulated on the log and on every entry: none
 * of its requests was sent. A Server lab run's times are experiment ms (see liveServerTypes.ts).
 */
export function harLog(run: ExportableRun, options: HarOptions): string {
  const runId = options.runId ?? 'export';
  if (!RUN_ID_PATTERN.test(runId)) {
    throw new RangeError(`harLog: runId "${runId}" must be 1 to 64 letters, digits, "_" or "-".`);
  }
  let page: URL;
  try {
    page = new URL(options.pageUrl);
  } catch {
    throw new RangeError(`harLog: pageUrl "${options.pageUrl}" is not an absolute URL.`);
  }
  const calls = [...run.trace.calls].sort(
    (a, b) => a.readyAtMs - b.readyAtMs || a.request - b.request || a.index - b.index,
  );
  const { scenario, engine } = run;
  const how = run.simulated
    ? `${SIMULATED_COMMENT}: the virtual engine computed these times; no request was sent.`
    : "Recorded by Overlap's live engine: real fetch() calls answered by MSW in the page.";
  const log = {
    version: '1.2',
    creator: {
      name: EXPORT_GENERATOR.name,
      version: String(EXPORT_GENERATOR.formatVersion),
      comment: `export format ${EXPORT_GENERATOR.formatVersion}`,
    },
    pages: [
      {
        startedDateTime: isoAfter(options.startedAtIso, 0),
        id: PAGE_ID,
        title: `Overlap: ${scenario.model} run (${engine})`,
        pageTimings: { onContentLoad: -1, onLoad: -1 },
      },
    ],
    entries: calls.map((span) => entryOf(run, span, { ...options, page, runId })),
    comment: how,
    ...(run.simulated ? { _simulated: true } : {}),
  };
  return `${JSON.stringify({ log }, null, 2)}\n`;
}
