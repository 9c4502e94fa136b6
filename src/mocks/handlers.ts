import { delay, http, HttpResponse } from 'msw';
import { parseUpstreamParams, UPSTREAM_PREFIX } from '../core/upstreamRequest.ts';

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

/** What a mocked upstream service answers (with status 400) to a request it cannot serve. */
export interface UpstreamError {
  readonly error: string;
}

/**
 * The mocked upstream services: `GET /upstream/:service?ms=<n>&request=<r>&index=<i>&run=<id>`
 * (the format of src/core/upstreamRequest.ts) answers `{ service, index, latencyMs }` after `ms`
 * milliseconds. The live engine builds one such request per planned call, so a single handler
 * serves every service of every scenario. A request the parser refuses is answered 400 with
 * `{ error }`: the delay is the contract with the live transport, so it is never guessed.
 */
export function createUpstreamHandlers() {
  return [
    http.get<{ service: string }>(UPSTREAM_PATH, async ({ request, params }) => {
      const parsed = parseUpstreamParams(params.service, new URL(request.url).searchParams);
      if (!parsed.ok) {
        return HttpResponse.json<UpstreamError>({ error: parsed.problem }, { status: 400 });
      }
      await delay(parsed.delayMs);
      return HttpResponse.json<UpstreamReply>({
        service: parsed.service,
        index: parsed.index,
        latencyMs: parsed.delayMs,
      });
    }),
  ];
}
