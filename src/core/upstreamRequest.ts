import type { Millis } from './clock.ts';
import { LATENCY_RANGE_MS, MAX_CALLS, type NumberRange } from './limits.ts';
import { parseWholeNumber, quote } from './numberParam.ts';
import type { PlannedCall } from './plannedCall.ts';
import { SERVICE_NAME_PATTERN } from './services.ts';

/**
 * The one definition of a request to a mocked upstream service, shared by the live engine's
 * transport (which builds it) and the MSW handlers (which parse it), so the two cannot drift:
 *
 *   GET /upstream/<service>?ms=<delay>&request=<r>&index=<i>&run=<runId>
 *
 * `ms` is the delay the service must take before answering (required); `request`, `index` and
 * `run` say which call of which run asked (optional, for the network panel and error messages).
 */
export const UPSTREAM_PREFIX = '/upstream/';

/** Shown after every problem: what a well-formed request looks like. */
export const UPSTREAM_USAGE =
  'Call /upstream/<service>?ms=<delay in ms>&request=<request>&index=<call index>&run=<run id> ' +
  '(only ms is required).';

/** A run id: 1 to 64 letters, digits, `_` or `-` (safe in a URL and in a message unquoted). */
export const RUN_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** `request`: which request of a run (any whole number a JavaScript number holds exactly). */
const REQUEST_RANGE: NumberRange = { min: 0, max: Number.MAX_SAFE_INTEGER };
/** `index`: a call's position in its request, so below MAX_CALLS. */
const INDEX_RANGE: NumberRange = { min: 0, max: MAX_CALLS - 1 };

/** A request the handlers accept, as they read it. */
export interface UpstreamParams {
  readonly service: string;
  /** How long the service waits before answering, in whole ms. */
  readonly delayMs: Millis;
  readonly request: number;
  readonly index: number;
  /** The run that asked; '' when the request did not say. */
  readonly runId: string;
}

export type UpstreamParse =
  ({ readonly ok: true } & UpstreamParams) | { readonly ok: false; readonly problem: string };

/**
 * The delay a call asks its mocked service for: its latency minus the compensation margin (0 =
 * no compensation), in whole ms (the handler's contract), >= 0. The live transport sends it;
 * exports rebuild the URLs a live run sent with it.
 */
export function compensatedDelayMs(latencyMs: Millis, compensationMs: Millis): Millis {
  return Math.max(0, Math.round(latencyMs - compensationMs));
}

/**
 * The path (with query) that asks `call`'s service to answer after `delayMs`. The caller picks
 * `delayMs` (the call's latency, minus any compensation) and must pass a whole number within
 * LATENCY_RANGE_MS: anything else is sent as is, and the handler answers 400 saying why.
 */
export function upstreamPath(call: PlannedCall, delayMs: Millis, runId: string): string {
  const query = new URLSearchParams({
    ms: String(delayMs),
    request: String(call.request),
    index: String(call.index),
    run: runId,
  });
  return `${UPSTREAM_PREFIX}${encodeURIComponent(call.service)}?${query.toString()}`;
}

/**
 * Reads a request to a mocked service: `service` is the path segment (already URL-decoded),
 * `params` the query. Never throws; a problem says which parameter is wrong, why, and what a
 * good request looks like, ready to be answered as a 400.
 */
export function parseUpstreamParams(service: string, params: URLSearchParams): UpstreamParse {
  if (!SERVICE_NAME_PATTERN.test(service)) {
    return fail(
      `The service name ${quote(service)} is not valid: use a letter, then up to 31 letters, ` +
        'digits, "_" or "-".',
    );
  }
  const delayMs = readWholeNumber(params, 'ms', LATENCY_RANGE_MS, null);
  if (typeof delayMs === 'string') return fail(delayMs);
  const request = readWholeNumber(params, 'request', REQUEST_RANGE, 0);
  if (typeof request === 'string') return fail(request);
  const index = readWholeNumber(params, 'index', INDEX_RANGE, 0);
  if (typeof index === 'string') return fail(index);
  const runId = params.get('run') ?? '';
  if (params.has('run') && !RUN_ID_PATTERN.test(runId)) {
    return fail(
      `The "run" query parameter must be 1 to 64 letters, digits, "_" or "-", but it was ` +
        `${quote(runId)}.`,
    );
  }
  return { ok: true, service, delayMs, request, index, runId };
}

/** The value of a whole-number parameter, or the sentence that explains why it is unusable. */
function readWholeNumber(
  params: URLSearchParams,
  name: string,
  range: NumberRange,
  fallback: number | null,
): number | string {
  const raw = params.get(name);
  if (raw === null && fallback !== null) return fallback;
  const parsed = raw === null ? null : parseWholeNumber(raw, range);
  if (parsed?.ok) return parsed.value;
  return (
    `The "${name}" query parameter must be a whole number from ${range.min} to ${range.max}, ` +
    `but ${parsed === null ? 'it was missing' : parsed.problem}.`
  );
}

function fail(problem: string): UpstreamParse {
  return { ok: false, problem: `${problem} ${UPSTREAM_USAGE}` };
}
