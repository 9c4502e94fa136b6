import { requestNumber } from '../callLabel.ts';
import type { Millis } from '../clock.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import type { RequestOutcome, WorkSpan } from '../trace.ts';
import { encodeScenario } from '../urlCodec.ts';
import { outcomeRecord } from './records.ts';
import {
  EXPORT_GENERATOR,
  requestOutcomeOf,
  serverTraceOf,
  type ExportableRun,
} from './exportableRun.ts';
import { roundedRun, roundTimes, timeStepMsOf } from './roundTimes.ts';
import {
  instant,
  processTrack,
  slice,
  threadTrack,
  type CompleteEvent,
  type TraceEvent,
} from './traceEvents.ts';
import { callLane } from './callLane.ts';
import { TRACE_CATEGORIES } from './traceCategories.ts';

export { TRACE_CATEGORIES } from './traceCategories.ts';

/** The request lane of a request's process (waits, or a fan-out's local work); calls follow. */
const REQUEST_LANE_TID = 1;

export interface ChromeTraceOptions {
  /** When the run started (ISO 8601), kept in the metadata; ts 0 is that instant. */
  readonly startedAtIso?: string | null;
}

/**
 * The run in the Chrome Trace Event Format (JSON object form), which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open. Tracks:
 *
 * - Fan-out run: one process, one track per call lane (the timeline's rows: `#1 session`...),
 *   and a `local work` track first when the model did local work.
 * - Server run: one process per server process with one track per worker, holding a `request`
 *   slice for each request it served and that request's local work nested inside. Calls are
 *   NOT nested on the worker's track: a handler's calls overlap each other (promise-all, a
 *   pool), and overlapping slices on one track that do not nest break the viewers' stacks. So
 *   each request also gets its own process (`request #3 (worker 1)`) with a lane for its waits
 *   (at the client, for a worker) and one lane per call, like a fan-out run's tracks.
 * - Names count from 1, as the page does (calls, requests, workers, processes, copies); the
 *   slices' args keep the 0-based indices of the run JSON.
 *
 * On a call's lane: a `queued` slice from ready to start (only when it waited), then the call's
 * `call` slice in flight (named after its service, with its status when not ok; a server call's
 * wait at a busy upstream is nested in it as `upstream-wait`). ts and dur are µs from the run's
 * start.
 *
 * When the engine knew where a copy's time went on the wire (WirePhases: the virtual connection
 * cap, the network engine), `wire` slices nested in its call or copy slice show it: `queued in
 * the browser`, `connecting`, `waiting for the answer`, `download` (docs/network.md).
 *
 * Runs with faults or a call policy record every copy of a call: each copy is a `copy` slice
 * nested in its call's (`reviews copy 2 (error 500)`: copy number, outcome, HTTP status), the
 * wait before a retry a `backoff` slice between them, and a hedge copy, which overlaps the copy it
 * hedges, sits on a lane of its own below the call's (`#4 reviews (hedges)`). When the request
 * failed (or, with allSettled, answered with failures), an instant on the `request` lane marks
 * the moment: `request failed` at its settledAtMs.
 *
 * Times are the run's rounded to its step (roundTimes.ts: 0.1 ms for a live run), in the slices,
 * their args and the metadata alike.
 */
export function chromeTrace(recorded: ExportableRun, options: ChromeTraceOptions = {}): string {
  const run = roundedRun(recorded);
  const stepMs = timeStepMsOf(run);
  const server = serverTraceOf(run);
  const events = server ? serverEvents(server) : fanOutEvents(run);
  const traceFile = {
    displayTimeUnit: 'ms',
    metadata: roundTimes(
      {
        generator: { ...EXPORT_GENERATOR, format: 'chrome-trace' },
        scenario: encodeScenario(run.scenario),
        model: run.scenario.fanOut.model,
        engine: run.engine,
        simulated: run.simulated,
        startedAt: options.startedAtIso ?? null,
        makespanMs: run.trace.makespanMs,
        predictedMakespanMs: run.prediction?.makespanMs ?? null,
        outcome: outcomeRecord(requestOutcomeOf(run)),
      },
      stepMs,
    ),
  };
  // One event per line: a large trace stays readable and diffable, and parses the same.
  const body = JSON.stringify(traceFile).slice(1, -1);
  return `{"traceEvents":[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n],${body}}\n`;
}

function fanOutEvents(run: ExportableRun): TraceEvent[] {
  const pid = 1;
  const { scenario, engine, trace } = run;
  const events: TraceEvent[] = [
    ...processTrack(
      pid,
      `Overlap: ${scenario.fanOut.model} (${engine}${run.simulated ? ', simulated' : ''})`,
      0,
    ),
  ];
  const outcome = requestOutcomeOf(run);
  const marker = outcome ? outcomeMarker(outcome) : null;
  if (trace.work.length > 0 || marker) {
    const name = trace.work.length > 0 ? 'local work' : 'request';
    events.push(...threadTrack(pid, REQUEST_LANE_TID, name, 0));
    for (const span of trace.work) events.push(workSlice({ pid, tid: REQUEST_LANE_TID }, span));
  }
  const callCount = trace.calls.length;
  for (const span of trace.calls) events.push(...callLane(pid, span, callCount));
  if (marker && outcome) {
    events.push(
      instant(
        { pid, tid: REQUEST_LANE_TID },
        marker,
        TRACE_CATEGORIES.outcome,
        outcome.settledAtMs,
        {
          ...outcome,
        },
      ),
    );
  }
  return events;
}

/** The instant's name for a request that did not simply answer (null: it did). */
function outcomeMarker(outcome: RequestOutcome): string | null {
  switch (outcome.status) {
    case 'ok':
      return null;
    case 'partial':
      return 'request answered with failures';
    case 'failed':
      return 'request failed';
  }
}

function serverEvents(trace: ServerTrace): TraceEvent[] {
  const events: TraceEvent[] = [];
  const trackOfRequest = new Map<number, { pid: number; tid: number }>();
  const processes = new Set<number>();
  const workers = new Set<number>();
  for (const r of trace.requests) {
    const track = { pid: 1 + r.process, tid: 1 + r.worker };
    if (!processes.has(r.process)) {
      processes.add(r.process);
      events.push(...processTrack(track.pid, `server process ${r.process + 1}`, r.process));
    }
    if (!workers.has(r.worker)) {
      workers.add(r.worker);
      events.push(...threadTrack(track.pid, track.tid, `worker ${r.worker + 1}`, r.worker));
    }
    trackOfRequest.set(r.index, track);
    events.push(
      slice(
        track,
        `request #${requestNumber(r.index)}`,
        TRACE_CATEGORIES.request,
        // The worker's track shows the worker's side: taken until the handler returned.
        r.startedAtMs,
        r.freedAtMs,
        {
          index: r.index,
          worker: r.worker,
          process: r.process,
          intendedAtMs: r.intendedAtMs,
          sentAtMs: r.sentAtMs,
          startedAtMs: r.startedAtMs,
          freedAtMs: r.freedAtMs,
          endedAtMs: r.endedAtMs,
        },
      ),
    );
  }
  for (const span of trace.work) {
    const track = trackOfRequest.get(span.request);
    if (track) events.push(workSlice(track, span));
  }
  // Request processes come after every server process, in request order.
  const firstRequestPid = 1 + Math.max(0, ...processes) + 1;
  for (const r of trace.requests) {
    const pid = firstRequestPid + r.index;
    const lane = { pid, tid: REQUEST_LANE_TID };
    events.push(
      ...processTrack(
        pid,
        `request #${requestNumber(r.index)} (worker ${r.worker + 1})`,
        firstRequestPid + r.index,
      ),
      ...threadTrack(pid, REQUEST_LANE_TID, 'waits', 0),
    );
    const waits: Array<[string, Millis, Millis]> = [
      ['waiting at the client', r.intendedAtMs, r.sentAtMs],
      ['waiting for a worker', r.sentAtMs, r.startedAtMs],
    ];
    for (const [name, fromMs, toMs] of waits) {
      if (toMs > fromMs) events.push(slice(lane, name, TRACE_CATEGORIES.wait, fromMs, toMs));
    }
  }
  const callsPerRequest = new Map<number, number>();
  for (const span of trace.calls) {
    callsPerRequest.set(span.request, (callsPerRequest.get(span.request) ?? 0) + 1);
  }
  for (const span of trace.calls) {
    const callCount = callsPerRequest.get(span.request) ?? 0;
    events.push(...callLane(firstRequestPid + span.request, span, callCount));
  }
  return events;
}

function workSlice(track: { pid: number; tid: number }, span: WorkSpan): CompleteEvent {
  return slice(track, 'local work', TRACE_CATEGORIES.work, span.startedAtMs, span.endedAtMs, {
    request: span.request,
  });
}
