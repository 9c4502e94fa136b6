import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamHandlers } from './handlers.ts';

// The handlers run in Node through msw/node exactly as the browser worker runs them.
const server = setupServer(...createUpstreamHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const upstream = (query: string) => fetch(`http://localhost/upstream/session${query}`);

describe('the mocked upstream service', () => {
  it('answers the service, the call index and the latency it was asked to take', async () => {
    const response = await upstream('?ms=0&index=3');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ service: 'session', index: 3, latencyMs: 0 });
  });

  it('defaults the call index to 0', async () => {
    expect(await (await upstream('?ms=0')).json()).toEqual({
      service: 'session',
      index: 0,
      latencyMs: 0,
    });
  });

  it.each(['', '?ms=', '?ms=-1', '?ms=1.5', '?ms=1e3', '?ms=abc', '?ms=600001', '?ms=0&index=x'])(
    'refuses %j with a 400 that says what to send',
    async (query) => {
      const response = await upstream(query);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: expect.stringMatching(/must be a whole number from 0 to \d+/),
      });
    },
  );
});
