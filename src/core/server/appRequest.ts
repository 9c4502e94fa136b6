import type { Millis } from '../clock.ts';
import { REQUESTS_RANGE, type NumberRange } from '../limits.ts';
import { parseWholeNumber, quote } from '../numberParam.ts';
import type { WorkSpan } from '../trace.ts';
import { RUN_ID_PATTERN } from '../upstreamRequest.ts';
import type { ServerCallSpan } from './serverTrace.ts';

/**
 * The one definition of a request to the mocked web app of a live Server lab run, shared by the
 * load-test client (src/live/server, which builds it) and the app handler (src/mocks, which
 * parses it and answers an AppReply), so the two cannot drift:
 *
 *   GET /app/request?run=<runId>&request=<r>
 *
 * Both parameters are required: the handler looks the run up by `run` (the live client
 * registers it before sending) and serves request `r` of it. Everything else the handler needs
 * (server, handler model, calls, seed) is the registered run's, so the URL stays short.
 */
export const APP_REQUEST_PATH = '/app/request';

/** Shown after every problem: what a well-formed request looks like. */
export const APP_REQUEST_USAGE =
  'Call /app/request?run=<run id>&request=<request index>; the live Server lab registers each ' +
  'run with the app before it sends the run’s requests.';

/** `request`: a request's index in its run, below the most requests a run may have. */
const REQUEST_INDEX_RANGE: NumberRange = { min: 0, max: REQUESTS_RANGE.max - 1 };

export interface AppRequestParams {
  readonly runId: string;
  /** The request's index in its run (0..N-1): it draws its calls with planCalls(.., r). */
  readonly request: number;
}

export type AppRequestParse =
  ({ readonly ok: true } & AppRequestParams) | { readonly ok: false; readonly problem: string };

/** What the app answers (status 200) once the request's handler has returned. */
export interface AppReply {
  readonly request: number;
  /** The worker that served it, 0..W-1, process-major (see SlotPool). */
  readonly worker: number;
  readonly process: number;
  /** When the worker took it, in experiment ms since the run's t = 0. */
  readonly startedAtMs: Millis;
  /** When its handler returned and the worker was freed, in experiment ms. */
  readonly endedAtMs: Millis;
  /** Its upstream calls in index order, `request` set, times in experiment ms. */
  readonly calls: readonly ServerCallSpan[];
  /** Its local work (the offload model), times in experiment ms. */
  readonly work: readonly WorkSpan[];
}

/** What the app answers (4xx) to a request it cannot serve: what failed, why, what to do. */
export interface AppError {
  readonly error: string;
}

/** The path (with query) of request `request` of run `runId`. */
export function appRequestPath(runId: string, request: number): string {
  const query = new URLSearchParams({ run: runId, request: String(request) });
  return `${APP_REQUEST_PATH}?${query.toString()}`;
}

/**
 * Reads a request to the app. Never throws; a problem says which parameter is wrong, why, and
 * what a good request looks like, ready to be answered as a 400.
 */
export function parseAppRequestParams(params: URLSearchParams): AppRequestParse {
  const runId = params.get('run');
  if (runId === null || !RUN_ID_PATTERN.test(runId)) {
    return fail(
      'The "run" query parameter must be 1 to 64 letters, digits, "_" or "-", but ' +
        `${runId === null ? 'it was missing' : `it was ${quote(runId)}`}.`,
    );
  }
  const raw = params.get('request');
  const parsed = raw === null ? null : parseWholeNumber(raw, REQUEST_INDEX_RANGE);
  if (!parsed?.ok) {
    return fail(
      'The "request" query parameter must be a whole number from ' +
        `${REQUEST_INDEX_RANGE.min} to ${REQUEST_INDEX_RANGE.max}, but ` +
        `${parsed === null ? 'it was missing' : parsed.problem}.`,
    );
  }
  return { ok: true, runId, request: parsed.value };
}

/**
 * Whether a parsed JSON body has an AppReply's shape (numbers where numbers belong, arrays of
 * calls and work). Only the top level is checked: the body comes from this app's own handler,
 * and the check exists to tell "something else answered" (no mock worker) from a reply.
 */
export function isAppReply(body: unknown): body is AppReply {
  if (typeof body !== 'object' || body === null) return false;
  const reply = body as Record<string, unknown>;
  return (
    ['request', 'worker', 'process', 'startedAtMs', 'endedAtMs'].every(
      (key) => typeof reply[key] === 'number',
    ) &&
    Array.isArray(reply['calls']) &&
    Array.isArray(reply['work'])
  );
}

function fail(problem: string): AppRequestParse {
  return { ok: false, problem: `${problem} ${APP_REQUEST_USAGE}` };
}
