import { createServer, type Server } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { createSecureServer, type Http2SecureServer, type ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { localhostCertificate } from './certificate.ts';
import { type Exchange, exchangeOf } from './exchange.ts';
import { PendingTimers } from './pendingTimers.ts';
import { type NetworkOrigins, serveRequest } from './serveRequest.ts';

export interface UpstreamServerOptions {
  /**
   * HTTP/1.1 port; 0 picks a free one (tests). null: no HTTP/1.1 listener, another server (Vite's
   * dev server) passes its requests to `serve` and names its origin in `http1Origin`.
   */
  readonly port: number | null;
  /** The HTTP/1.1 origin when `port` is null (read at each request: known once it listens). */
  readonly http1Origin?: () => string;
  /** HTTP/2 (TLS) port; 0 picks a free one; null: no HTTP/2 server (`origins.h2` is null). */
  readonly h2Port: number | null;
  /** The built app to serve beside the upstream; null serves the upstream only. */
  readonly distDir: string | null;
  /** Where the self-signed localhost certificate is kept (made on first start). */
  readonly certDir: string;
  /** The loopback address to listen on (default 127.0.0.1: never reachable from elsewhere). */
  readonly host?: string;
}

export interface UpstreamServers {
  origins(): NetworkOrigins;
  /** The listening ports; null for a listener not started. */
  readonly port: number | null;
  readonly h2Port: number | null;
  /**
   * Serves one exchange of another HTTP/1.1 server (the dev server's middleware) with the same
   * routes, timers and origins; false when the path is not the upstream's (and there is no app).
   */
  serve(exchange: Exchange): boolean;
  /** Upstream waits not yet answered or cancelled. */
  pendingTimerCount(): number;
  /**
   * Stops both servers: no new connection, every pending wait cleared (its answer never
   * written), every socket and session closed, idle or not. Resolves with how many timers were
   * cleared once both listeners are closed; nothing of the servers keeps the process alive after.
   */
  close(): Promise<number>;
}

/**
 * The real upstream: the app and the upstream services over HTTP/1.1 (node:http, keep-alive on:
 * a browser opens at most six connections to it and queues the rest) and over HTTP/2 with TLS
 * (node:http2, h2 only: one connection multiplexes every call). Both answer exactly as the MSW
 * handlers do (src/core/upstreamAnswer.ts) and serve the same routes (serveRequest.ts).
 */
export async function createUpstreamServers(
  options: UpstreamServerOptions,
): Promise<UpstreamServers> {
  const host = options.host ?? '127.0.0.1';
  const timers = new PendingTimers();
  // Filled once the servers listen (a port of 0 is only known then); no request arrives before.
  let port: number | null = null;
  let h2Port: number | null = null;
  const origins = (): NetworkOrigins => ({
    http1: port === null ? (options.http1Origin?.() ?? '') : `http://localhost:${port}`,
    h2: h2Port === null ? null : `https://localhost:${h2Port}`,
  });
  const serve = (exchange: Exchange) =>
    serveRequest(exchange, { distDir: options.distDir, timers, origins: origins() });

  const http1 =
    options.port === null
      ? null
      : createServer({ keepAlive: true }, (request, response) => {
          serve(exchangeOf('http1', request, response));
        });
  if (http1 !== null) {
    // Browsers keep an idle connection for minutes; Node's 5 s default would make a pause between
    // two runs pay connection set-up again. Only the keep-alive lesson (close=1) should show it.
    http1.keepAliveTimeout = 120_000;
    http1.headersTimeout = 60_000;
  }

  let h2: Http2SecureServer | null = null;
  const sessions = new Set<ServerHttp2Session>();
  if (options.h2Port !== null) {
    const tls = localhostCertificate(options.certDir, Date.now());
    h2 = createSecureServer(
      { key: tls.key, cert: tls.cert, allowHTTP1: false },
      (request, response) => {
        serve(exchangeOf('h2', request, response));
      },
    );
    // Nagle's algorithm held each answer's DATA frame behind its HEADERS frame until the
    // browser's delayed ACK (~40 ms): every h2 call showed a 40 ms "download" of a tiny body.
    // Node's HTTP/1.1 server sets no-delay itself; the TLS sockets of http2 do not.
    h2.on('secureConnection', (socket: TLSSocket) => socket.setNoDelay(true));
    h2.on('session', (session) => {
      // A client that vanishes mid-session (a reset socket) is its own business: its streams
      // close and their timers stop; it must never take the server down.
      session.on('error', () => undefined);
      sessions.add(session);
      session.once('close', () => sessions.delete(session));
    });
  }

  try {
    if (http1 !== null && options.port !== null) {
      await listen(http1, options.port, host, 'PORT');
      port = (http1.address() as AddressInfo).port;
    }
    if (h2 !== null && options.h2Port !== null) {
      await listen(h2, options.h2Port, host, 'H2_PORT');
      h2Port = (h2.address() as AddressInfo).port;
    }
  } catch (error) {
    http1?.close();
    h2?.close();
    throw error;
  }

  return {
    origins,
    port,
    h2Port,
    serve,
    pendingTimerCount: () => timers.size,
    async close() {
      const cleared = timers.clearAll();
      const closed = Promise.all(
        [http1, h2].flatMap((server) => (server === null ? [] : [closeServer(server)])),
      );
      // The waits were cleared, so their exchanges will never be answered: drop them too.
      http1?.closeAllConnections();
      for (const session of sessions) session.destroy();
      await closed;
      return cleared;
    },
  };
}

function listen(
  server: Server | Http2SecureServer,
  port: number,
  host: string,
  name: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} (${name}) is already in use on ${host}: stop what listens there, or ` +
                `choose another port, e.g. ${name}=${port + 10}.`,
            )
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server | Http2SecureServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
  });
}
