import { request as httpRequest, type Agent } from 'node:http';
import { connect, type ClientHttp2Session } from 'node:http2';
import { performance } from 'node:perf_hooks';

/** An answer as a test reads it. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** performance.now() when the request was sent, and when its answer was complete. */
  readonly sentAtMs: number;
  readonly doneAtMs: number;
  /** HTTP/1.1: whether the request went out on a kept-alive socket of `agent`. */
  readonly reusedSocket: boolean;
}

/**
 * One HTTP/1.1 request with the path sent exactly as written (no URL normalization, unlike
 * fetch: the path traversal tests need `..%2f` to reach the server as is).
 */
export function http1Get(
  port: number,
  path: string,
  options: { readonly agent?: Agent; readonly method?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sentAtMs = performance.now();
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            sentAtMs,
            doneAtMs: performance.now(),
            reusedSocket: request.reusedSocket,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** An HTTP/2 session to `origin` that accepts the self-signed certificate (tests only). */
export function h2Session(origin: string): Promise<ClientHttp2Session> {
  return new Promise((resolve, reject) => {
    const session = connect(origin, { rejectUnauthorized: false });
    session.once('connect', () => resolve(session));
    session.once('error', reject);
  });
}

/** One request on an HTTP/2 session. */
export function h2Get(session: ClientHttp2Session, path: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sentAtMs = performance.now();
    const stream = session.request({ ':path': path });
    let status = 0;
    let headers: Record<string, string | string[] | undefined> = {};
    const chunks: Buffer[] = [];
    stream.on('response', (received) => {
      status = Number(received[':status']);
      headers = received;
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () =>
      resolve({
        status,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        sentAtMs,
        doneAtMs: performance.now(),
        reusedSocket: true,
      }),
    );
    stream.on('error', reject);
    stream.end();
  });
}
