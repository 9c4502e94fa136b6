import { callLabel } from './callLabel.ts';
import type { FaultKind } from './plannedCall.ts';
import { FAULT_STATUS, type UpstreamParams, type UpstreamParse } from './upstreamRequest.ts';

/**
 * What an upstream service answers, decided once for every server that plays one: the MSW
 * handlers (src/mocks/handlers.ts, inside the page) and the real Node servers (src/server, over
 * HTTP/1.1 and HTTP/2). Each of them only waits `delayMs` (or not at all for a 400), then writes
 * this status, these headers and this body as JSON; so the three cannot drift apart.
 */

/** What an upstream service answers once its delay has passed (200). */
export interface UpstreamReply {
  readonly service: string;
  readonly index: number;
  /** The delay the service was asked to take (the `ms` parameter), in ms. */
  readonly latencyMs: number;
}

/**
 * What an upstream service answers to a request it cannot serve (400), or with a planned fault
 * (500, 504, 429: `fault` says which, so a transport can tell it from a crash).
 */
export interface UpstreamError {
  readonly error: string;
  readonly fault?: FaultKind;
}

export interface UpstreamAnswer {
  readonly status: number;
  /** Response headers (names as sent); never connection-specific ones (HTTP/2 forbids them). */
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body: UpstreamReply | UpstreamError;
}

/**
 * Every answer is built per request and must never be reused: the URL names the copy, but a
 * failure answered from a cache would be a fault the plan did not draw.
 */
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** The answer to a request `parseUpstreamParams` refused: 400 with the parser's sentence. */
export function refusedAnswer(problem: string): UpstreamAnswer {
  return { status: 400, headers: NO_STORE, body: { error: problem } };
}

/**
 * The answer to a parsed request: 400 when it was refused (answered at once), otherwise what
 * the service says after waiting the request's `delayMs` (the caller waits): 200
 * `{ service, index, latencyMs }`, or the planned fault's 500, 504 or 429 with `Retry-After`.
 */
export function upstreamAnswer(parsed: UpstreamParse): UpstreamAnswer {
  if (!parsed.ok) return refusedAnswer(parsed.problem);
  if (parsed.fault !== null) return faultAnswer(parsed, parsed.fault);
  return {
    status: 200,
    headers: NO_STORE,
    body: { service: parsed.service, index: parsed.index, latencyMs: parsed.delayMs },
  };
}

/**
 * The answer to a copy whose client gave up before its delay ended. Nobody reads it (the client's
 * fetch has already rejected); 499 is nginx's "client closed request". MSW sends it so that a
 * plain answer (not a thrown error) keeps the console quiet; a socket server has no one to send
 * it to and just stops the timer.
 */
export function abandonedAnswer(): UpstreamAnswer {
  return {
    status: 499,
    headers: NO_STORE,
    body: { error: 'The client gave up on this call before it was answered.' },
  };
}

function faultAnswer(parsed: UpstreamParams, fault: FaultKind): UpstreamAnswer {
  // Words count from 1 (the first send is copy 1), as the call editor numbers calls.
  const copy = `copy ${parsed.attempt + 1} of ${callLabel(parsed, parsed.request)}`;
  const status = FAULT_STATUS[fault];
  switch (fault) {
    case 'error':
      return {
        status,
        headers: NO_STORE,
        body: {
          error:
            `The scenario's error rate picked this call: ${copy} answers 500 after its ` +
            `${parsed.delayMs} ms.`,
          fault,
        },
      };
    case 'hang':
      return {
        status,
        headers: NO_STORE,
        body: {
          error:
            `The scenario's hang rate picked this call: ${copy} never answered, and the proxy ` +
            `in front gave up after ${parsed.delayMs} ms.`,
          fault,
        },
      };
    case 'busy': {
      const retryAfterS = parsed.retryAfterS ?? 0;
      return {
        status,
        headers: { ...NO_STORE, 'Retry-After': String(retryAfterS) },
        body: {
          error:
            `The scenario's busy rate picked this call: the rate limiter turned ${copy} away ` +
            `(Retry-After ${retryAfterS} s).`,
          fault,
        },
      };
    }
  }
}
