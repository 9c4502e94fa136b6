import { http } from 'msw';
import { jsonResponse } from './jsonResponse.ts';
import { callLabel } from '../core/callLabel.ts';
import type { FaultKind } from '../core/plannedCall.ts';
import {
  FAULT_STATUS,
  parseUpstreamParams,
  UPSTREAM_PREFIX,
  upstreamCopyAborts,
  upstreamCopyKey,
  type UpstreamParams,
} from '../core/upstreamRequest.ts';

/**
 * The path every mocked upstream service answers on; `:service` is the call's service name.
 * The leading `*` matches any origin and base path: the page's own in the browser (with or
 * without a GitHub Pages sub-path), and whatever absolute URL a Node test fetches (msw/node has no
 * page to resolve a bare `/upstream/...` against).
 */
export const UPSTREAM_PATH = `*${UPSTREAM_PREFIX}:service`;

/** What a mocked upstream service answers once its delay has passed. */
export interface UpstreamReply {
  readonly service: string;
  readonly index: number;
  /** The delay the service was asked to take (the `ms` parameter), in ms. */
  readonly latencyMs: number;
}

/**
 * What a mocked upstream service answers to a request it cannot serve (400), or with a planned
 * fault (500, 504, 429: `fault` says which, so the live transport can tell it from a crash).
 */
export interface UpstreamError {
  readonly error: string;
  readonly fault?: FaultKind;
}

/**
 * Every answer is built per request and must never be reused: the URL names the copy, but a
 * failure answered from a cache would be a fault the plan did not draw.
 */
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/**
 * The mocked upstream services: `GET /upstream/:service?ms=<n>&request=<r>&index=<i>&run=<id>`
 * (the format of src/core/upstreamRequest.ts) answers `{ service, index, latencyMs }` after `ms`
 * milliseconds, or, with `fault=`, the planned failure after `ms`: 500 (`error`), 504 (`hang`,
 * the proxy in front gave up) or 429 with `Retry-After` (`busy`). The live engine builds one such
 * request per copy of a planned call, so a single handler serves every service of every
 * scenario. A request the parser refuses is answered 400 with `{ error }`: the delay and the
 * fault are the contract with the live transport, so they are never guessed.
 *
 * The wait ends as soon as the client gives up on the copy (its timeout, a cancel, a won hedge,
 * Reset): through `request.signal` in msw/node, through `upstreamCopyAborts` in the browser
 * (where MSW's worker does not forward aborts), so an abandoned copy holds no timer.
 */
export function createUpstreamHandlers() {
  return [
    http.get<{ service: string }>(UPSTREAM_PATH, async ({ request, params }) => {
      const parsed = parseUpstreamParams(params.service, new URL(request.url).searchParams);
      if (!parsed.ok) {
        return jsonResponse<UpstreamError>(
          { error: parsed.problem },
          { status: 400, headers: NO_STORE },
        );
      }
      const answered = await waitUnlessAbandoned(parsed.delayMs, abandonSignalsOf(request, parsed));
      if (!answered) {
        // Nobody reads this: the client's fetch has already rejected. 499 is nginx's "client
        // closed request"; a plain answer (not a thrown error or a network error) keeps the
        // browser console and MSW quiet.
        return jsonResponse<UpstreamError>(
          { error: 'The client gave up on this call before it was answered.' },
          { status: 499, headers: NO_STORE },
        );
      }
      if (parsed.fault !== null) return faultResponse(parsed, parsed.fault);
      return jsonResponse<UpstreamReply>(
        { service: parsed.service, index: parsed.index, latencyMs: parsed.delayMs },
        { headers: NO_STORE },
      );
    }),
  ];
}

/** The signals that say the client no longer waits for this copy. */
function abandonSignalsOf(request: Request, parsed: UpstreamParams): AbortSignal[] {
  const posted = upstreamCopyAborts.signalOf(upstreamCopyKey(parsed));
  // `request.signal` is absent in some runtimes (React Native); typed as always there.
  const own = request.signal as AbortSignal | undefined;
  return [own, posted].filter((signal) => signal !== undefined);
}

/** Resolves true after `ms`, or false as soon as one of `signals` aborts (clearing the timer). */
function waitUnlessAbandoned(ms: number, signals: readonly AbortSignal[]): Promise<boolean> {
  if (signals.some((signal) => signal.aborted)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (answered: boolean) => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', onAbort);
      resolve(answered);
    };
    const onAbort = () => settle(false);
    const timer = setTimeout(() => settle(true), ms);
    for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function faultResponse(parsed: UpstreamParams, fault: FaultKind): Response {
  const copy =
    // Words count from 1 (the first send is copy 1), as the call editor numbers calls.
    `copy ${parsed.attempt + 1} of ${callLabel(parsed, parsed.request)}`;
  const status = FAULT_STATUS[fault];
  switch (fault) {
    case 'error':
      return jsonResponse<UpstreamError>(
        {
          error:
            `The scenario's error rate picked this call: ${copy} answers 500 after its ` +
            `${parsed.delayMs} ms.`,
          fault,
        },
        { status, headers: NO_STORE },
      );
    case 'hang':
      return jsonResponse<UpstreamError>(
        {
          error:
            `The scenario's hang rate picked this call: ${copy} never answered, and the proxy ` +
            `in front gave up after ${parsed.delayMs} ms.`,
          fault,
        },
        { status, headers: NO_STORE },
      );
    case 'busy': {
      const retryAfterS = parsed.retryAfterS ?? 0;
      return jsonResponse<UpstreamError>(
        {
          error:
            `The scenario's busy rate picked this call: the rate limiter turned ${copy} away ` +
            `(Retry-After ${retryAfterS} s).`,
          fault,
        },
        { status, headers: { ...NO_STORE, 'Retry-After': String(retryAfterS) } },
      );
    }
  }
}
