import type { Millis } from './clock.ts';
import { LATENCY_RANGE_MS, MAX_CALLS, type NumberRange } from './limits.ts';
import { parseWholeNumber, quote } from './numberParam.ts';
import type { FaultKind, PlannedCall } from './plannedCall.ts';
import { SERVICE_NAME_PATTERN } from './services.ts';

/**
 * The one definition of a request to a mocked upstream service, shared by the live engine's
 * transport (which builds it) and the MSW handlers (which parse it), so the two cannot drift:
 *
 *   GET /upstream/<service>?ms=<delay>&request=<r>&index=<i>&run=<runId>
 *       [&attempt=<copy>][&fault=error|hang|busy[&retryAfter=<s>]][&close=1][&via=network]
 *
 * `ms` is the delay the service must take before answering (required); `request`, `index`,
 * `attempt` and `run` say which copy of which call of which run asked (optional, for the network
 * panel and error messages). `fault` is the planned fault of that copy (docs/faults.md): after
 * `ms` the service answers 500 (`error`), 504 (`hang`: the proxy gave up) or 429 (`busy`, with
 * `Retry-After: retryAfter`, whole seconds, only with `busy`) instead of 200. `close=1` asks a real
 * HTTP/1.1 server (src/server) to answer with `Connection: close` and close the socket, so the
 * next call pays connection set-up again (the lesson "Connection: close vs keep-alive"); MSW has
 * no socket and HTTP/2 no per-request connection, so both ignore it. `via=network` marks the
 * network engine's requests for the page's service worker, whose static route sends them
 * straight to the network (public/overlapWorker.js); the services ignore it.
 */
export const UPSTREAM_PREFIX = '/upstream/';

/** Shown after every problem: what a well-formed request looks like. */
export const UPSTREAM_USAGE =
  'Call /upstream/<service>?ms=<delay in ms>&request=<request>&index=<call index>&run=<run id>' +
  '&attempt=<copy>&fault=<error, hang or busy>&retryAfter=<seconds, with busy>&close=<1 or 0> ' +
  '(only ms is required).';

/** A run id: 1 to 64 letters, digits, `_` or `-` (safe in a URL and in a message unquoted). */
export const RUN_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** `request`: which request of a run (any whole number a JavaScript number holds exactly). */
const REQUEST_RANGE: NumberRange = { min: 0, max: Number.MAX_SAFE_INTEGER };
/** `index`: a call's position in its request, so below MAX_CALLS. */
const INDEX_RANGE: NumberRange = { min: 0, max: MAX_CALLS - 1 };
/**
 * `attempt`: which copy of a call (0 = the first send). A call sends at most 11 attempts (10
 * retries), each with at most one hedge; the bound leaves room without trusting any URL.
 */
const ATTEMPT_RANGE: NumberRange = { min: 0, max: 10_000 };
/** `retryAfter`: the 429's Retry-After in whole seconds (the scenario's RETRY_AFTER_RANGE_S). */
const RETRY_AFTER_RANGE: NumberRange = { min: 0, max: 60 };

const FAULT_KINDS: readonly FaultKind[] = ['error', 'hang', 'busy'];

/**
 * The status a mocked service answers each planned fault with (docs/faults.md): 500, the proxy's
 * 504 after a hang, the rate limiter's 429.
 */
export const FAULT_STATUS: Readonly<Record<FaultKind, number>> = {
  error: 500,
  hang: 504,
  busy: 429,
};

/** A request the handlers accept, as they read it. */
export interface UpstreamParams {
  readonly service: string;
  /** How long the service waits before answering, in whole ms. */
  readonly delayMs: Millis;
  readonly request: number;
  readonly index: number;
  /** The run that asked; '' when the request did not say. */
  readonly runId: string;
  /** Which copy of the call (retries and hedges); 0 when the request did not say. */
  readonly attempt: number;
  /** What the service answers instead of 200; null = 200. */
  readonly fault: FaultKind | null;
  /** With fault `busy`: the Retry-After of the 429 in whole seconds (0 when not given); else null. */
  readonly retryAfterS: number | null;
  /** `close=1`: answer with `Connection: close` and close the socket (HTTP/1.1 servers only). */
  readonly closeConnection: boolean;
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
export function upstreamPath(
  call: PlannedCall,
  delayMs: Millis,
  runId: string,
  options: {
    readonly closeConnection?: boolean;
    /** Mark the request `via=network`: the page's service worker lets it pass untouched. */
    readonly viaNetwork?: boolean;
  } = {},
): string {
  const query = new URLSearchParams({
    ms: String(delayMs),
    request: String(call.request),
    index: String(call.index),
    run: runId,
  });
  // Only what the call has: a run without faults sends the same URLs as before faults existed.
  if (call.attempt !== undefined) query.set('attempt', String(call.attempt));
  if (call.fault !== undefined) query.set('fault', call.fault);
  if (call.fault === 'busy' && call.retryAfterS !== undefined) {
    query.set('retryAfter', String(call.retryAfterS));
  }
  if (options.closeConnection === true) query.set('close', '1');
  if (options.viaNetwork === true) query.set('via', 'network');
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
  const attempt = readWholeNumber(params, 'attempt', ATTEMPT_RANGE, 0);
  if (typeof attempt === 'string') return fail(attempt);
  const rawFault = params.get('fault');
  const fault = FAULT_KINDS.find((kind) => kind === rawFault) ?? null;
  if (rawFault !== null && fault === null) {
    return fail(
      `The "fault" query parameter must be "error", "hang" or "busy" (or absent for a 200), ` +
        `but it was ${quote(rawFault)}.`,
    );
  }
  if (params.has('retryAfter') && fault !== 'busy') {
    return fail(
      'The "retryAfter" query parameter only goes with fault=busy (it is the Retry-After of ' +
        `the 429), but the fault was ${rawFault === null ? 'absent' : quote(rawFault)}.`,
    );
  }
  const retryAfterS = readWholeNumber(params, 'retryAfter', RETRY_AFTER_RANGE, 0);
  if (typeof retryAfterS === 'string') return fail(retryAfterS);
  const rawClose = params.get('close');
  if (rawClose !== null && rawClose !== '1' && rawClose !== '0') {
    return fail(
      `The "close" query parameter must be "1" (answer with Connection: close) or "0" (keep the ` +
        `connection alive, the default), but it was ${quote(rawClose)}.`,
    );
  }
  return {
    ok: true,
    service,
    delayMs,
    request,
    index,
    runId,
    attempt,
    fault,
    retryAfterS: fault === 'busy' ? retryAfterS : null,
    closeConnection: rawClose === '1',
  };
}

/**
 * Names one copy of one call of one run: the key under which the live transport tells the mocked
 * service that the client gave up on the copy (see `upstreamCopyAborts`).
 */
export function upstreamCopyKey(
  copy: Pick<UpstreamParams, 'runId' | 'request' | 'index' | 'attempt'>,
): string {
  return `${copy.runId}/${copy.request}/${copy.index}/${copy.attempt}`;
}

/** Where a copy's abort signal is posted for its mocked service to find. */
export interface UpstreamCopyAborts {
  /** Posts `signal` under `key` until the returned function is called (when the copy settled). */
  watch(key: string, signal: AbortSignal): () => void;
  /** The signal of the copy `key` still in flight, if one was posted. */
  signalOf(key: string): AbortSignal | undefined;
}

/**
 * The side channel through which a live copy's abort (its timeout, a cancel, a won hedge, Reset)
 * reaches the mocked service waiting to answer it, so the service stops its timer at once instead
 * of holding it until the (maybe 10 s) hang is over.
 *
 * Why not `request.signal`: msw/node hands the handler a Request whose signal follows the
 * client's, but MSW 2.9's browser worker serializes each request into a message and the page
 * rebuilds it without a signal, so in the browser the handler never hears of the abort. The
 * handlers run in the same page (same realm, same module instance) as the live transport, so a
 * shared registry works in both; handlers also listen to `request.signal`.
 *
 * src/core holds it because src/live and src/mocks may only import core; it is state, not time,
 * and only the live transport (watch) and the upstream handler (signalOf) touch it.
 */
export const upstreamCopyAborts: UpstreamCopyAborts = (() => {
  const signals = new Map<string, AbortSignal>();
  return {
    watch(key, signal) {
      // A key already watched (a repeated run id) keeps its first signal: the later copy's
      // service then waits out its delay, which is only a missed optimization.
      if (signals.has(key)) return () => undefined;
      signals.set(key, signal);
      return () => {
        if (signals.get(key) === signal) signals.delete(key);
      };
    },
    signalOf: (key) => signals.get(key),
  };
})();

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
