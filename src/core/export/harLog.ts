import type { Millis } from '../clock.ts';
import type { AttemptPlanner } from '../faults/planAttempt.ts';
import type { PlannedCall } from '../plannedCall.ts';
import type { AttemptOutcome, CallSpan, WirePhases } from '../trace.ts';
import { compensatedDelayMs, RUN_ID_PATTERN, upstreamPath } from '../upstreamRequest.ts';
import {
  callRecord,
  copiesInOrder,
  copyRecord,
  httpStatusOf,
  httpStatusText,
  plannedCopy,
} from './records.ts';
import { EXPORT_GENERATOR, runPlanOf, type ExportableRun } from './exportableRun.ts';
import { httpVersionOf, timingsOf } from './harTimings.ts';
import { roundedRun, roundMs, roundTimes, timeStepMsOf } from './roundTimes.ts';

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

function isoAfter(startedAtIso: string, ms: Millis): string {
  const startMs = Date.parse(startedAtIso);
  if (Number.isNaN(startMs)) {
    throw new RangeError(`harLog: startedAtIso "${startedAtIso}" is not an ISO 8601 date.`);
  }
  return new Date(startMs + ms).toISOString();
}

/**
 * What a copy's URL asked of its mocked service, beside the scenario's latency it stands for.
 * The live transport does not send the latency: it sends the delay the mock must take
 * (compensatedDelayMs), which is the latency divided by a live Server run's time scale, minus the
 * compensation margin: the mock answers that much early and the page holds the answer until the
 * latency has passed. So `ms=114` is right for a 125 ms call with an 11 ms margin. A simulated
 * run sent nothing: its URL is the one a live run without compensation would send (ms = latency).
 */
interface WireRequest {
  /** The `ms=` of the URL: the delay the mock was asked for, in wall ms. */
  readonly urlDelayMs: Millis;
  /** How much sooner than the (time-scaled) latency the mock was asked to answer, wall ms. */
  readonly answerEarlyMs: Millis;
  /** Experiment ms per wall ms; 1 unless a live Server run was time-scaled. */
  readonly timeScale: number;
}

/** Read from the run as recorded (not rounded): the URL must be the one the transport built. */
function wireRequest(run: ExportableRun, latencyMs: Millis): WireRequest {
  const live = run.live;
  if (!live) return { urlDelayMs: latencyMs, answerEarlyMs: 0, timeScale: 1 };
  const timeScale = live.timeScale ?? 1;
  const wireLatencyMs = latencyMs / timeScale;
  const urlDelayMs = compensatedDelayMs(wireLatencyMs, live.compensationMs);
  return { urlDelayMs, answerEarlyMs: Math.max(0, wireLatencyMs - urlDelayMs), timeScale };
}

/**
 * The entry's note when its URL's `ms=` is not the scenario's latency, saying what it carries;
 * null when it is the latency.
 */
function wireNote(latencyMs: Millis, wire: WireRequest, stepMs: Millis): string | null {
  if (wire.urlDelayMs === latencyMs) return null;
  const scaled =
    wire.timeScale === 1
      ? ''
      : ` at time scale ${wire.timeScale} (${roundMs(latencyMs / wire.timeScale, stepMs)} wall ms)`;
  const early =
    wire.answerEarlyMs > 0
      ? `, answered ${roundMs(wire.answerEarlyMs, stepMs)} ms early and held by the page until ` +
        'that latency had passed (compensation)'
      : '';
  return `URL ms=${wire.urlDelayMs}: the ${latencyMs} ms latency${scaled}${early}`;
}

/** The HAR's note on a copy the client gave up on (status 0), by why it did. */
const ABORT_REASONS: Partial<Record<AttemptOutcome, string>> = {
  timeout: 'aborted by the client: timeout',
  cancelled: 'aborted by the client: cancelled (the request gave up, or the other copy answered)',
  aborted: 'aborted by the client: the run was stopped',
};

/** One HAR entry, with the instant it starts at (ms from the run's start) for sorting. */
interface DatedEntry {
  readonly atMs: Millis;
  readonly request: number;
  readonly index: number;
  readonly attempt: number;
  readonly entry: object;
}

/** What one entry describes: one copy of a call, sent at startedAtMs, queued from queuedFromMs. */
interface SentCopy {
  readonly span: CallSpan;
  readonly planned: PlannedCall;
  readonly queuedFromMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  readonly outcome: AttemptOutcome;
  readonly retryAfterMs?: Millis;
  /** Where its time went on the wire, when the engine knew (trace.ts WirePhases). */
  readonly wire?: WirePhases;
  readonly record: object;
}

function entryOf(
  run: ExportableRun,
  copy: SentCopy,
  options: HarOptions & { readonly page: URL; readonly runId: string; readonly stepMs: Millis },
): DatedEntry {
  const { span, planned } = copy;
  const { stepMs } = options;
  const wire = wireRequest(run, planned.latencyMs);
  const delayMs = wire.urlDelayMs;
  const url = new URL(upstreamPath(planned, delayMs, options.runId), options.page);
  const status = httpStatusOf(copy.outcome);
  const answered = status !== 0;
  // The body the MSW handler answers (src/mocks/handlers.ts), byte for byte (names are ASCII).
  const text = JSON.stringify({ service: span.service, index: span.index, latencyMs: delayMs });
  // The copy's times are rounded already (roundedRun); rounding their differences clears noise.
  const timings = timingsOf(copy, stepMs);
  const time = roundMs(
    Object.values(timings)
      .filter((ms) => ms > 0)
      .reduce((sum, ms) => sum + ms, 0),
    stepMs,
  );
  const httpVersion = httpVersionOf(copy.wire?.protocol);
  const headers =
    copy.outcome === 'busy' && copy.retryAfterMs !== undefined
      ? [{ name: 'Retry-After', value: String(Math.round(copy.retryAfterMs / 1000)) }]
      : [];
  const abort = ABORT_REASONS[copy.outcome];
  const comment = [
    run.simulated ? SIMULATED_COMMENT : null,
    wireNote(planned.latencyMs, wire, stepMs),
    abort ?? null,
  ]
    .filter((part) => part !== null)
    .join('; ');
  return {
    atMs: copy.queuedFromMs,
    request: span.request,
    index: span.index,
    attempt: planned.attempt ?? 0,
    entry: {
      pageref: PAGE_ID,
      // The instant the copy was ready: `blocked` (its queue wait) counts from there, as in the
      // HARs browsers write, so startedDateTime + time is when its response arrived.
      startedDateTime: isoAfter(options.startedAtIso, copy.queuedFromMs),
      time,
      request: {
        method: 'GET',
        url: url.href,
        httpVersion,
        cookies: [],
        headers: [],
        queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
        headersSize: -1,
        bodySize: -1,
      },
      response: {
        status,
        statusText: httpStatusText(status),
        httpVersion: answered ? httpVersion : '',
        cookies: [],
        headers,
        content:
          status === 200
            ? { size: text.length, mimeType: 'application/json', text }
            : { size: 0, mimeType: 'application/json' },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
        // Where Chrome's DevTools writes a request that got no response (HAR's custom field).
        ...(answered ? {} : { _error: 'net::ERR_ABORTED' }),
      },
      cache: {},
      timings,
      // Custom fields start with "_" (HAR 1.2). DevTools files fetch() calls under Fetch/XHR.
      _resourceType: 'fetch',
      ...(comment === '' ? {} : { comment }),
      ...(run.simulated ? { _simulated: true } : {}),
      // The call as Overlap recorded it (latencyMs is the scenario's), and what the URL carries.
      _overlap: roundTimes(
        {
          ...copy.record,
          urlDelayMs: wire.urlDelayMs,
          answerEarlyMs: wire.answerEarlyMs,
          ...(wire.timeScale === 1 ? {} : { timeScale: wire.timeScale }),
        },
        stepMs,
      ),
    },
  };
}

/**
 * What a call sent: its one implicit copy in a plain run, else each recorded copy (none for a
 * skipped call). The first copy carries the call's queue wait; retries and hedges start when sent.
 */
function sentCopies(span: CallSpan, planner: AttemptPlanner | undefined): SentCopy[] {
  const record = callRecord(span, { upstream: false, copies: false });
  if (!span.attempts) {
    return [
      {
        span,
        planned: span,
        queuedFromMs: span.readyAtMs,
        startedAtMs: span.startedAtMs,
        endedAtMs: span.endedAtMs,
        outcome: span.status === 'ok' ? 'ok' : 'aborted',
        ...(span.wire ? { wire: span.wire } : {}),
        record,
      },
    ];
  }
  return copiesInOrder(span).map((copy) => {
    // A copy whose answer never came does not show its fault: the scenario's planner knows it.
    const plannedFault = planner?.(span, copy.attempt).fault ?? null;
    return {
      span,
      planned: plannedCopy(span, copy, plannedFault),
      queuedFromMs: copy.attempt === 0 ? span.readyAtMs : copy.startedAtMs,
      startedAtMs: copy.startedAtMs,
      endedAtMs: copy.endedAtMs,
      outcome: copy.outcome,
      ...(copy.retryAfterMs === undefined ? {} : { retryAfterMs: copy.retryAfterMs }),
      ...(copy.wire ? { wire: copy.wire } : {}),
      record: { ...record, copy: copyRecord(copy) },
    };
  });
}

/**
 * The run's calls as an HTTP Archive (HAR 1.2), which a browser's network panel imports: one
 * page (the run) and one entry per request sent, sorted by the instant it was ready, each with
 * the URL the live engine sends (`/upstream/<service>?ms=...`), its queue wait as `blocked` and
 * its time in flight as `wait`. A call with retries or a hedge is one entry per copy, each with
 * the status it got: 200, 500, 504 (a hang the proxy gave up on), 429 with its `Retry-After`
 * header, or, for a copy the client aborted (timeout, cancel, a hedge's loser), status 0 with
 * `response._error: net::ERR_ABORTED` as Chrome writes it and a comment saying why. A skipped
 * call was never sent and has no entry. A virtual run is marked as simulated on the log and on
 * every entry: none of its requests was sent. A Server lab run's times are experiment ms (see
 * liveServerTypes.ts). Times are rounded to the run's step (roundTimes.ts: 0.1 ms live).
 *
 * The URL is the request as sent, so a live run's `ms=` is the delay its mock was asked for, not
 * the scenario's latency (WireRequest): every entry's `_overlap` carries `latencyMs` beside
 * `urlDelayMs` and `answerEarlyMs`, and an entry whose `ms=` differs says why in its comment.
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
  const planner = runPlanOf(run)?.faults?.plan;
  const stepMs = timeStepMsOf(run);
  const entries = roundedRun(run)
    .trace.calls.flatMap((span) => sentCopies(span, planner))
    .map((copy) => entryOf(run, copy, { ...options, page, runId, stepMs }))
    .sort(
      (a, b) =>
        a.atMs - b.atMs || a.request - b.request || a.index - b.index || a.attempt - b.attempt,
    );
  const { scenario, engine } = run;
  const how = run.simulated
    ? `${SIMULATED_COMMENT}: the virtual engine computed these times; no request was sent.`
    : engine === 'network'
      ? "Recorded by Overlap's network engine: real fetch() calls to the project's upstream " +
        'server, times rounded to 0.1 ms, each timing from the Resource Timing entry of its URL.'
      : "Recorded by Overlap's live engine: real fetch() calls answered by MSW in the page, times " +
        'rounded to 0.1 ms. Each URL is the request as sent: its ms= is the delay the mock was ' +
        "asked for, which compensation (answer early, then hold until the call's latency) and a " +
        "time scale make differ from the scenario's latency; each entry's _overlap has both " +
        '(latencyMs, urlDelayMs, answerEarlyMs).';
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
        title: `Overlap: ${scenario.fanOut.model} run (${engine})`,
        pageTimings: { onContentLoad: -1, onLoad: -1 },
      },
    ],
    entries: entries.map((dated) => dated.entry),
    comment: how,
    ...(run.simulated ? { _simulated: true } : {}),
  };
  return `${JSON.stringify({ log }, null, 2)}\n`;
}
