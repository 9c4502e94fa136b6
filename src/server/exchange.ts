import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';

/** Which of the two servers a request came in on. */
export type WireProtocol = 'http1' | 'h2';

/**
 * One request and its answer, the same over HTTP/1.1 (node:http) and HTTP/2 (node:http2's
 * compatibility API), so that the routes are written once. Node parses HTTP; this only names the
 * few things the routes need.
 */
export interface Exchange {
  readonly protocol: WireProtocol;
  readonly method: string;
  /** The request target as sent: path and query (`:path` in HTTP/2). */
  readonly target: string;
  /**
   * Writes the whole answer; `body` null sends headers only (HEAD, 204). At most once, and not
   * at all once the client has gone.
   */
  respond(
    status: number,
    headers: Readonly<Record<string, string>>,
    body: string | Buffer | null,
  ): void;
  /**
   * HTTP/1.1: the answer carries `Connection: close` and the socket closes after it, so the
   * client's next call opens a new connection. HTTP/2 has no such thing (one connection carries
   * every stream) and ignores it.
   */
  closeConnectionAfterAnswer(): void;
  /**
   * Calls `listener` if the client goes away before the answer is written (an aborted fetch, a
   * reset stream, a closed socket). Returns a function that stops listening.
   */
  onClientGone(listener: () => void): () => void;
}

type AnyRequest = IncomingMessage | Http2ServerRequest;
type AnyResponse = ServerResponse | Http2ServerResponse;

export function exchangeOf(
  protocol: WireProtocol,
  request: AnyRequest,
  response: AnyResponse,
): Exchange {
  let answered = false;
  // Writing to a stream the client already reset throws in node:http2 (and is pointless in
  // node:http): an exchange whose response closed first answers nothing.
  let closed = false;
  response.once('close', () => {
    closed = true;
  });
  return {
    protocol,
    method: request.method ?? 'GET',
    target: request.url ?? '/',
    respond(status, headers, body) {
      if (answered || closed) return;
      answered = true;
      response.writeHead(status, headers);
      if (body === null) response.end();
      else response.end(body);
    },
    closeConnectionAfterAnswer() {
      // Node's HTTP/1.1 server ends the socket after an answer that says Connection: close.
      if (protocol === 'http1') response.setHeader('Connection', 'close');
    },
    onClientGone(listener) {
      // 'close' also comes after a complete answer: only one before it means the client left.
      const onClose = () => {
        if (!answered) listener();
      };
      response.once('close', onClose);
      return () => {
        response.off('close', onClose);
      };
    },
  };
}
