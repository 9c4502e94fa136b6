import type { PlannedCall } from '../core/plannedCall.ts';
import type { Transport } from '../core/runFanOut.ts';
import { upstreamPath } from '../core/upstreamRequest.ts';
import type { ResourceTimings } from './resourceTimings.ts';
import {
  bodyExcerpt,
  describeCall,
  errorMessage,
  plannedFailureOf,
  serviceErrorOf,
} from './upstreamReply.ts';
import { wirePhasesOf } from './wirePhasesOf.ts';

export interface NetworkTransportOptions {
  /**
   * The upstream origin for the run's protocol, as `GET /__overlap/network` names it (its
   * `http1` or `h2`), e.g. `http://localhost:4180`.
   */
  readonly origin: string;
  /** Names the run in every request (`run=`): with request, index and attempt, URLs are unique. */
  readonly runId: string;
  /** Where each request's Resource Timing entry is found (createResourceTimings). */
  readonly timings: ResourceTimings;
  /** The page's performance clock (`performance.now`): when a copy was sent, on its timeline. */
  readonly now?: () => number;
  /**
   * Ask the server to answer every copy with `Connection: close` (the upstream's `close=1`), so
   * each one opens a new HTTP/1.1 connection and pays its set-up (connection=close). Default false.
   */
  readonly closeConnection?: boolean;
  /** `fetch`; tests pass a fake. Looked up per call by default. */
  readonly fetch?: typeof fetch;
}

/**
 * The network engine's transport: each call is a real cross-origin `fetch()` to Overlap's own
 * server (`npm start`), which answers after the call's latency (no compensation: the network is
 * real, and its times are what the browser measured). Resolves once the body has been read, with
 * the copy's wire phases from its Resource Timing entry (wirePhasesOf: queued in the browser,
 * set-up, waiting, download, protocol), or with nothing when the browser gave no usable entry.
 *
 * Planned faults (500, 504, 429) become the same UpstreamFailure as in the live engine
 * (upstreamReply.ts), their phases passed to `report` first. Aborting the signal aborts the request: the server sees the connection's
 * request closed and stops its timer. Rejects with the signal's reason when aborted, and with an
 * Error that says what to check when the server cannot be reached (a self-signed certificate
 * the browser has not accepted yet, for the HTTP/2 origin) or answers anything unplanned.
 */
export function createNetworkTransport(options: NetworkTransportOptions): Transport {
  const { origin, runId, timings } = options;
  const now = options.now ?? (() => performance.now());
  return async (call, signal, report) => {
    const sentAtMs = now();
    const path = upstreamPath(call, Math.round(call.latencyMs), runId, {
      closeConnection: options.closeConnection === true,
      // The page's service worker routes these straight to the network (overlapWorker.js).
      viaNetwork: true,
    });
    const url = new URL(path, origin);
    timings.expect(url.href);
    let response: Response;
    let body: string;
    try {
      const send = options.fetch ?? fetch;
      // No cache, no cookies: every copy is one real request, and the answer is public.
      response = await send(url, {
        mode: 'cors',
        cache: 'no-store',
        credentials: 'omit',
        ...(signal ? { signal } : {}),
      });
      body = await response.text();
    } catch (error) {
      timings.forget(url.href);
      if (signal?.aborted) throw signal.reason;
      throw new Error(unreachableMessage(call, url, error), { cause: error });
    }
    const entry = await timings.take(url.href);
    const wire = entry === null ? null : wirePhasesOf(entry, sentAtMs);
    const failure = response.ok
      ? null
      : plannedFailureOf(call, {
          status: response.status,
          retryAfter: response.headers.get('Retry-After'),
          body,
        });
    if (!response.ok && failure === null) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new Error(
        `${describeCall(call)} failed: ${url.href} answered ${status}. ` +
          (serviceErrorOf(body) ??
            `This is not an answer of Overlap's server. The body began: ${bodyExcerpt(body)}`),
      );
    }
    if (failure !== null) {
      // A 500, 504 or 429 went over the wire too: its copy keeps its phases.
      if (wire !== null) report?.(wire);
      throw failure;
    }
    return wire ?? undefined;
  };
}

/** Why a request did not get through, and what to do (the browser's TypeError says little). */
export function unreachableMessage(call: PlannedCall, url: URL, error: unknown): string {
  const start = `${describeCall(call)} could not reach Overlap's server at ${url.origin} (${errorMessage(error)}).`;
  if (url.protocol === 'https:') {
    return (
      `${start} If the server is running, the browser may not trust its self-signed ` +
      `certificate yet: open ${url.origin} once and accept the certificate, then run again, or ` +
      'use protocol=http1.'
    );
  }
  return `${start} Check that \`npm start\` is still running, then run again.`;
}
