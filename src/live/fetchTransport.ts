import type { Millis } from '../core/clock.ts';
import type { PlannedCall } from '../core/plannedCall.ts';
import type { Transport } from '../core/runFanOut.ts';
import {
  compensatedDelayMs,
  upstreamCopyAborts,
  upstreamCopyKey,
  upstreamPath,
} from '../core/upstreamRequest.ts';
import { createRealClock } from './realClock.ts';
import {
  bodyExcerpt,
  describeCall,
  errorMessage,
  plannedFailureOf,
  serviceErrorOf,
} from './upstreamReply.ts';

export interface FetchTransportOptions {
  /**
   * What the upstream paths resolve against: the page's URL in the browser
   * (`document.baseURI`), any absolute URL in Node tests (`http://localhost`). The path is
   * absolute (`/upstream/...`), so a base path is not kept; the page's service worker still sees
   * the request, since a controlled page sends every fetch through its worker.
   */
  readonly baseUrl: string | URL;
  /** Names the run in every request (`run=`), so the network panel tells runs apart. */
  readonly runId: string;
  /**
   * How much sooner than its latency each mocked service is asked to answer, in ms; 0 = no
   * compensation. With compensation the response is held until the call's latency has passed
   * since it was sent (see `compensatedDelayMs` in src/core/upstreamRequest.ts, and calibrate.ts for why).
   */
  readonly compensationMs: Millis;
  /** Told of each call whose response arrived after its latency despite compensation. */
  readonly onLate?: (call: PlannedCall, lateMs: Millis) => void;
}

/**
 * A transport that sends each call as a real `fetch()` to the mocked upstream services and
 * resolves once the whole response body has arrived (a real client reads the body too).
 *
 * Without compensation a call's span is its latency plus the mock's overhead, both ways.
 * With compensation the service answers `compensationMs` early and the response is held until
 * the latency has passed since the call was sent. Invariant (with compensation): a call never
 * ends before its latency, and ends on time whenever its response came back within the margin;
 * one that came back later ends when it arrived, and `onLate` says by how much.
 *
 * A call planned to fail (`fault`, docs/faults.md) is sent with its fault, and the mocked
 * service's 500, 504 or 429 becomes the same UpstreamFailure the virtual engine's transport
 * throws (a 429's Retry-After read from the header), at the same moment a 200 would have ended:
 * compensation holds failures too. Only the answer the plan asked for counts as one: a 500 for a
 * call planned to answer is a bug, and ends the run like any other non-2xx.
 *
 * Rejects with the signal's reason when aborted (and tells the mocked service, which stops
 * waiting: see upstreamCopyAborts); with an UpstreamFailure for a planned failure; with an Error
 * that names the call, the URL, the status and the handler's explanation when the answer is
 * otherwise not 2xx; and with an Error that says what to check when the request does not get
 * through at all.
 */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  const { baseUrl, runId, compensationMs, onLate } = options;
  const clock = createRealClock();
  return async (call, signal) => {
    const sentAtMs = clock.now();
    // The call has started (sentAtMs); its fetch() goes out in a microtask, so the calls a model
    // sends together all start together. fetch()'s own synchronous work (0.5-2 ms each in
    // Chromium, more on a fresh page) otherwise delayed each next call's start by the previous
    // ones': the talk's promise-all started its 500 ms call about 6 ms late on a first run. The
    // compensation margin covers the gap, and the answer is still held until sentAtMs + latency.
    await Promise.resolve();
    const delayMs = compensatedDelayMs(call.latencyMs, compensationMs);
    const url = new URL(upstreamPath(call, delayMs, runId), baseUrl);
    let response: Response;
    let body: string;
    const unwatch = signal
      ? upstreamCopyAborts.watch(
          upstreamCopyKey({
            runId,
            request: call.request,
            index: call.index,
            attempt: call.attempt ?? 0,
          }),
          signal,
        )
      : () => undefined;
    try {
      // `fetch` is looked up per call: msw/node installs its interceptor on the global.
      response = await fetch(url, signal ? { signal } : {});
      body = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new Error(
        `${describeCall(call)} could not reach the mocked service at ${url.href} ` +
          `(${errorMessage(error)}). Live runs need the mock service worker to control the ` +
          'page: reload it normally (not with Shift+Reload) and wait until it says the worker is ready.',
        { cause: error },
      );
    } finally {
      unwatch();
    }
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
        `${describeCall(call)} failed: ${url.pathname}${url.search} answered ${status}. ` +
          handlerErrorOf(body),
      );
    }
    if (compensationMs > 0) {
      const leftMs = sentAtMs + call.latencyMs - clock.now();
      if (leftMs > 0) await clock.sleep(leftMs, signal);
      else onLate?.(call, -leftMs);
    }
    if (failure !== null) throw failure;
  };
}

/**
 * The handler's own explanation (`{ error }`, see src/mocks/handlers.ts); anything else means
 * something other than the mocks answered, which is worth saying.
 */
function handlerErrorOf(body: string): string {
  return (
    serviceErrorOf(body) ??
    'This is not an answer of the mocked services, so the mock service worker probably does not ' +
      `control the page (reload it normally). The body began: ${bodyExcerpt(body)}`
  );
}
