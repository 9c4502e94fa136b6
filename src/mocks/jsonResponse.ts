import { HttpResponse, type JsonBodyType } from 'msw';

const encoder = new TextEncoder();

/**
 * HttpResponse.json with its Content-Length already set. MSW sizes the body with
 * `new Blob([text]).size` unless the header is there, and a Blob costs the page a synchronous
 * round trip to the browser's blob registry: 0.3-0.4 ms each in Chromium on this machine against
 * ~0.003 ms for TextEncoder, on the main thread that answers every mocked request (a burst of 250
 * spent ~100 ms in it). Same response otherwise.
 */
export function jsonResponse<T extends JsonBodyType>(
  body: T,
  init: ResponseInit = {},
): HttpResponse<T> {
  const headers = new Headers(init.headers);
  const text = JSON.stringify(body);
  headers.set('Content-Length', String(encoder.encode(text).byteLength));
  return HttpResponse.json(body, { ...init, headers });
}
