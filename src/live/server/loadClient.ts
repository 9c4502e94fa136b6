import { requestNumber } from '../../core/callLabel.ts';
import type { Clock, Millis } from '../../core/clock.ts';
import { Semaphore } from '../../core/semaphore.ts';
import { appRequestPath, isAppReply, type AppReply } from '../../core/server/appRequest.ts';
import type { RequestSpan } from '../../core/server/serverTrace.ts';

export interface LoadClientOptions {
  /** What the app path resolves against: `document.baseURI` in the page. */
  readonly baseUrl: string | URL;
  /** The run the app serves these requests of (registered with it before this starts). */
  readonly runId: string;
  /** N: requests, all created at t = 0. */
  readonly requests: number;
  /** C: the most requests in flight at once. */
  readonly concurrency: number;
  /** The run's clock (experiment ms since t = 0). */
  readonly clock: Clock;
  /** The run's signal: aborts every fetch in flight, and no queued request is sent after it. */
  readonly signal: AbortSignal;
  readonly onSent: (index: number, atMs: Millis) => void;
  readonly onEnded: (span: RequestSpan) => void;
}

export interface LoadClientResult {
  /**
   * One span per request, in index order; `startedAtMs`, `freedAtMs` (the reply's `endedAtMs`),
   * `worker` and `process` are the app's, `sentAtMs` and `endedAtMs` the client's.
   */
  readonly requests: readonly RequestSpan[];
  /** The app's replies, in index order. */
  readonly replies: readonly AppReply[];
}

/**
 * The load test's client, as hammer.py is: creates all N requests at t = 0 and keeps at most C
 * in flight (a FIFO semaphore, so requests are sent in index order), each a real `fetch()` of
 * the app endpoint. A request's span runs from when it was sent to when its whole response had
 * arrived, measured here; which worker served it, when it started and when the worker was freed
 * come from the reply.
 *
 * Invariants: at most C requests between sent and ended at any instant (the slot is released
 * after `endedAtMs` is read, and the next request's `sentAtMs` is read after it is taken); once
 * `signal` aborts no request is sent. Rejects with an Error naming the request, the URL and the
 * app's explanation when a request fails; with the signal's reason when aborted.
 */
export async function runLoadClient(options: LoadClientOptions): Promise<LoadClientResult> {
  const { baseUrl, runId, clock, signal } = options;
  const slots = new Semaphore(options.concurrency);
  const requests = new Array<RequestSpan>(options.requests);
  const replies = new Array<AppReply>(options.requests);

  const send = async (index: number): Promise<void> => {
    await slots.acquire();
    try {
      signal.throwIfAborted();
      const sentAtMs = clock.now();
      options.onSent(index, sentAtMs);
      const reply = await fetchReply(new URL(appRequestPath(runId, index), baseUrl), index, signal);
      const endedAtMs = clock.now();
      // The worker's times are the app's (read on the same run clock); the end is the client's.
      const { worker, process, startedAtMs, endedAtMs: freedAtMs } = reply;
      // The live client is closed-loop (serverLiveReason refuses arrival=open): due at t = 0.
      const span = {
        index,
        intendedAtMs: 0,
        sentAtMs,
        startedAtMs,
        freedAtMs,
        endedAtMs,
        worker,
        process,
      };
      requests[index] = span;
      replies[index] = reply;
      options.onEnded(span);
    } finally {
      // Also on failure: a stopped run's queued requests wake one by one and see the signal.
      slots.release();
    }
  };

  const all = new Array<Promise<void>>(options.requests);
  for (let index = 0; index < options.requests; index += 1) all[index] = send(index);
  await Promise.all(all);
  return { requests, replies };
}

/** Fetches one request and reads its whole reply (a real client reads the body too). */
async function fetchReply(url: URL, index: number, signal: AbortSignal): Promise<AppReply> {
  let response: Response;
  let body: string;
  try {
    // `fetch` is looked up per call: msw/node installs its interceptor on the global.
    response = await fetch(url, { signal });
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new Error(
      `Request ${requestNumber(index)} of the load test could not reach the mocked app at ` +
        `${url.href} (${error instanceof Error ? error.message : String(error)}). ` +
        'Live runs need the mock ' +
        'service worker to control the page: reload it normally (not with Shift+Reload) and ' +
        'wait until it says the worker is ready.',
      { cause: error },
    );
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON: reported below.
  }
  if (response.ok && isAppReply(parsed)) return parsed;
  const status = `${response.status} ${response.statusText}`.trim();
  const explanation =
    typeof parsed === 'object' && parsed !== null && 'error' in parsed
      ? String(parsed.error)
      : 'This is not an answer of the mocked app, so the mock service worker probably does not ' +
        'serve it (reload the page normally). The body began: ' +
        JSON.stringify(body.length > 120 ? `${body.slice(0, 120)}…` : body);
  throw new Error(
    `Request ${requestNumber(index)} of the load test failed: ${url.pathname}${url.search} ` +
      `answered ${status}. ${explanation}`,
  );
}
