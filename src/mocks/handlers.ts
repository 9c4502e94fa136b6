import { http } from 'msw';
import { jsonResponse } from './jsonResponse.ts';
import { abandonedAnswer, type UpstreamAnswer, upstreamAnswer } from '../core/upstreamAnswer.ts';
import {
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

export type { UpstreamError, UpstreamReply } from '../core/upstreamAnswer.ts';

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
      // A refused request is answered at once; `close` is for socket servers (MSW has none).
      if (!parsed.ok) return answerResponse(upstreamAnswer(parsed));
      const answered = await waitUnlessAbandoned(parsed.delayMs, abandonSignalsOf(request, parsed));
      return answerResponse(answered ? upstreamAnswer(parsed) : abandonedAnswer());
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

/** The shared answer as MSW's response. */
function answerResponse(answer: UpstreamAnswer): Response {
  return jsonResponse(answer.body, { status: answer.status, headers: answer.headers });
}
