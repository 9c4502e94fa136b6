import { callLabel } from '../core/callLabel.ts';
import { upstreamFailureOf } from '../core/faults/sleepingTransport.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import { UpstreamFailure } from '../core/policy/callFailures.ts';
import type { Transport } from '../core/runFanOut.ts';
import { FAULT_STATUS, upstreamPath } from '../core/upstreamRequest.ts';

export interface NodeFetchTransportOptions {
  /** The upstream's HTTP/1.1 origin, e.g. `http://localhost:4180`. */
  readonly origin: string;
  /** Names the run in every request (`run=`). */
  readonly runId: string;
}

/**
 * The CLI's network transport: each copy of a call is a real `fetch()` from Node to the upstream
 * server (src/server, `npm start`), asking it to answer after the call's latency, with the
 * copy's planned fault; it resolves once the body has arrived. No compensation: on loopback a
 * call's overhead is the server's and the socket's, about a millisecond, and it is what the run
 * measures. Node's fetch (undici) opens as many connections to a host as there are calls in
 * flight (no six-per-host cap, unlike a browser over HTTP/1.1) and keeps them alive.
 *
 * A planned fault's 500, 504 or 429 becomes the UpstreamFailure the virtual engine's transport
 * throws (Retry-After read from the header); any other non-2xx, or a server out of reach, fails
 * the run with an Error that says what answered and what to do. An aborted copy rejects with the
 * signal's reason, and its socket's close tells the server to stop that copy's timer.
 */
export function createNodeFetchTransport(options: NodeFetchTransportOptions): Transport {
  const { origin, runId } = options;
  return async (call, signal) => {
    const url = new URL(upstreamPath(call, call.latencyMs, runId), origin);
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, signal ? { signal } : {});
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new Error(
        `${callLabel(call)} could not reach the upstream at ${url.origin} ` +
          `(${error instanceof Error ? error.message : String(error)}): start it with ` +
          '`npm start` (or leave out --upstream to start one in this process).',
        { cause: error },
      );
    }
    if (response.ok) return;
    const failure = plannedFailureOf(call, response);
    if (failure !== null) throw failure;
    throw new Error(
      `${callLabel(call)} failed: ${url.pathname}${url.search} answered ${response.status}. ` +
        errorOf(body),
    );
  };
}

/** The failure `call` was planned to get, if the answer is that one. */
function plannedFailureOf(call: PlannedCall, response: Response): UpstreamFailure | null {
  if (call.fault === undefined || response.status !== FAULT_STATUS[call.fault]) return null;
  if (call.fault !== 'busy') return upstreamFailureOf(call);
  const header = response.headers.get('Retry-After');
  const retryAfterS = header !== null && /^[0-9]+$/.test(header) ? Number(header) : 0;
  return new UpstreamFailure(
    'busy',
    `${callLabel(call)} was answered 429 (Retry-After ${retryAfterS} s)`,
    retryAfterS * 1000,
  );
}

/** The upstream's own explanation (`{ error }`), or the start of whatever it sent. */
function errorOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // Not JSON: quoted below.
  }
  return `It said: ${JSON.stringify(body.slice(0, 200))}`;
}
