import { readFile } from 'node:fs/promises';
import { upstreamAnswer, type UpstreamAnswer } from '../core/upstreamAnswer.ts';
import { parseUpstreamParams, UPSTREAM_PREFIX } from '../core/upstreamRequest.ts';
import { contentTypeOf } from './contentTypes.ts';
import type { Exchange } from './exchange.ts';
import type { PendingTimers } from './pendingTimers.ts';
import { staticTarget } from './staticFile.ts';

/** Where a page finds the two upstream origins (the network engine probes it). */
export const NETWORK_PATH = '/__overlap/network';

/** The answer of NETWORK_PATH: the upstream's origins over each protocol. */
export interface NetworkOrigins {
  /** `http://localhost:<port>`: HTTP/1.1, keep-alive. */
  readonly http1: string;
  /**
   * `https://localhost:<port>`: HTTP/2 over TLS (self-signed certificate); null when no HTTP/2
   * server runs (`npm run dev` found H2_PORT taken).
   */
  readonly h2: string | null;
}

export interface ServeContext {
  /** The built app (dist/); null serves no app (the dev server's middleware: Vite serves it). */
  readonly distDir: string | null;
  readonly timers: PendingTimers;
  readonly origins: NetworkOrigins;
}

/**
 * Sent with every answer. The page at one origin calls the upstream at the other (and the h2
 * origin is always another), so: any origin may read the answers (`Access-Control-Allow-Origin`),
 * their timing phases (`Timing-Allow-Origin`: without it Resource Timing zeroes them for a
 * cross-origin call) and the 429's Retry-After (not a CORS-safelisted header).
 */
const CROSS_ORIGIN: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Timing-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/**
 * Answers one request of the Node upstream server, the same over HTTP/1.1 and HTTP/2:
 * `OPTIONS` (any path) is a CORS preflight; `GET /upstream/<service>?...` is an upstream service
 * with the MSW handlers' exact semantics (one shared answer, src/core/upstreamAnswer.ts);
 * `GET /__overlap/network` names the two origins; anything else is the built app from dist/.
 * Returns false when the path is not the server's own and there is no app to serve (so the dev
 * server's middleware hands it on to Vite).
 */
export function serveRequest(exchange: Exchange, context: ServeContext): boolean {
  let url: URL;
  try {
    url = new URL(exchange.target, 'http://localhost');
  } catch {
    // A target no URL can hold (`//[`): refused, never a crash of the server.
    exchange.respond(
      400,
      { ...CROSS_ORIGIN, ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' },
      'This request target is not a URL path.',
    );
    return true;
  }
  const own = url.pathname.startsWith(UPSTREAM_PREFIX) || url.pathname === NETWORK_PATH;
  if (!own && context.distDir === null) return false;
  if (exchange.method === 'OPTIONS') {
    exchange.respond(
      204,
      {
        ...CROSS_ORIGIN,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Max-Age': '600',
      },
      null,
    );
    return true;
  }
  if (exchange.method !== 'GET' && exchange.method !== 'HEAD') {
    exchange.respond(
      405,
      { ...CROSS_ORIGIN, ...NO_STORE, Allow: 'GET, HEAD, OPTIONS', 'Content-Type': 'text/plain' },
      `${exchange.method} is not served here: use GET.`,
    );
    return true;
  }
  if (url.pathname.startsWith(UPSTREAM_PREFIX)) serveUpstream(exchange, url, context.timers);
  else if (url.pathname === NETWORK_PATH)
    sendAnswer(exchange, { status: 200, headers: NO_STORE, body: context.origins });
  else if (context.distDir !== null) void serveStatic(exchange, context.distDir, url.pathname);
  return true;
}

/**
 * An upstream service: refused at once with 400 and the parser's sentence, or answered after the
 * request's delay; a client that leaves first cancels the timer at once (nothing is written).
 */
function serveUpstream(exchange: Exchange, url: URL, timers: PendingTimers): void {
  let service: string;
  try {
    service = decodeURIComponent(url.pathname.slice(UPSTREAM_PREFIX.length));
  } catch {
    service = url.pathname.slice(UPSTREAM_PREFIX.length);
  }
  const parsed = parseUpstreamParams(service, url.searchParams);
  if (!parsed.ok) {
    sendAnswer(exchange, upstreamAnswer(parsed));
    return;
  }
  if (parsed.closeConnection) exchange.closeConnectionAfterAnswer();
  const cancel = timers.wait(parsed.delayMs, () => {
    stopWatching();
    sendAnswer(exchange, upstreamAnswer(parsed));
  });
  const stopWatching = exchange.onClientGone(cancel);
}

/** An answer sent as JSON: an upstream service's, or the server's own (NETWORK_PATH). */
type JsonAnswer = Pick<UpstreamAnswer, 'status' | 'headers'> & { readonly body: unknown };

function sendAnswer(exchange: Exchange, answer: JsonAnswer): void {
  const text = JSON.stringify(answer.body);
  exchange.respond(
    answer.status,
    {
      ...CROSS_ORIGIN,
      ...answer.headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
    },
    exchange.method === 'HEAD' ? null : text,
  );
}

async function serveStatic(exchange: Exchange, distDir: string, pathname: string): Promise<void> {
  const target = staticTarget(distDir, pathname);
  if (target.kind !== 'file') {
    const refused = target.kind === 'refused';
    const text = refused
      ? 'This path leaves the app folder and is never served.'
      : `Nothing at ${pathname} in the built app.`;
    exchange.respond(
      refused ? 403 : 404,
      { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
      text,
    );
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(target.file);
  } catch {
    exchange.respond(
      404,
      { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
      'Not found.',
    );
    return;
  }
  // Hashed assets never change under their name; pages and the worker script must be fresh.
  const immutable = pathname.startsWith('/assets/');
  exchange.respond(
    200,
    {
      'Content-Type': contentTypeOf(target.file),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
    exchange.method === 'HEAD' ? null : bytes,
  );
}
