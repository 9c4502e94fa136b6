import { delay, http, HttpResponse } from 'msw';
import { MAX_LATENCY_MS } from '../core/latency.ts';

/**
 * The path every mocked upstream service answers on; `:service` is the call's service name.
 * The leading `*` matches any origin: the page's own in the browser, and whatever absolute URL a
 * Node test fetches (msw/node has no page to resolve a bare `/upstream/...` against).
 */
export const UPSTREAM_PATH = '*/upstream/:service';

/** What a mocked upstream service answers once its latency has passed. */
export interface UpstreamReply {
  readonly service: string;
  readonly index: number;
  readonly latencyMs: number;
}

/**
 * Reads a whole number from the query, or explains why it cannot. The latency is the contract
 * between the live transport and these handlers, so a bad value is a 400, never a guess.
 */
function readWholeNumber(
  url: URL,
  name: string,
  max: number,
  fallback: number | null,
): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null && fallback !== null) return fallback;
  const value = raw !== null && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(value) && value <= max) return value;
  return (
    `The "${name}" query parameter must be a whole number from 0 to ${max}, but it was ` +
    `${raw === null ? 'missing' : JSON.stringify(raw)}. ` +
    'Call /upstream/<service>?ms=<latency in ms>&index=<call index>.'
  );
}

/**
 * The mocked upstream services: `GET /upstream/:service?ms=<n>&index=<i>` answers
 * `{ service, index, latencyMs }` after `ms` milliseconds. The live engine builds one such
 * request per planned call, so a single handler serves every service of every scenario.
 * `index` is optional (default 0); a bad `ms` or `index` is answered 400 with `{ error }`.
 */
export function createUpstreamHandlers() {
  return [
    http.get<{ service: string }>(UPSTREAM_PATH, async ({ request, params }) => {
      const url = new URL(request.url);
      const latencyMs = readWholeNumber(url, 'ms', MAX_LATENCY_MS, null);
      const index = readWholeNumber(url, 'index', Number.MAX_SAFE_INTEGER, 0);
      if (typeof latencyMs === 'string')
        return HttpResponse.json({ error: latencyMs }, { status: 400 });
      if (typeof index === 'string') return HttpResponse.json({ error: index }, { status: 400 });
      await delay(latencyMs);
      const reply: UpstreamReply = { service: params.service, index, latencyMs };
      return HttpResponse.json(reply);
    }),
  ];
}
