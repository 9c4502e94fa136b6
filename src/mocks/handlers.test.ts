import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upstreamPath } from '../core/upstreamRequest.ts';
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

  it('answers the request the live transport builds, under any base path', async () => {
    const call = { request: 4, index: 2, service: 'user_2-b', latencyMs: 9 };
    const path = upstreamPath(call, 5, 'r7-abc');
    for (const base of ['http://localhost/', 'http://localhost/overlap/']) {
      const response = await fetch(new URL(`.${path}`, base));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ service: 'user_2-b', index: 2, latencyMs: 5 });
    }
  });

  it('waits about the delay it was asked for before answering', async () => {
    const startedAt = performance.now();
    await (await upstream('?ms=30')).json();
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(28);
  });

  it.each([
    '',
    '?ms=',
    '?ms=-1',
    '?ms=1.5',
    '?ms=1e3',
    '?ms=abc',
    '?ms=600001',
    '?ms=0&index=x',
    '?ms=0&index=100000',
    '?ms=0&request=-2',
  ])('refuses %j with a 400 that says what to send', async (query) => {
    const response = await upstream(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: expect.stringMatching(/must be a whole number from 0 to \d+.*Call \/upstream\//),
    });
  });

  it('refuses a bad run id or service name with a 400 that says what is allowed', async () => {
    const badRun = await upstream('?ms=0&run=a%20b');
    expect(badRun.status).toBe(400);
    expect(await badRun.json()).toEqual({ error: expect.stringMatching(/"run" .* "a b"/) });
    const badService = await fetch('http://localhost/upstream/9lives?ms=0');
    expect(badService.status).toBe(400);
    expect(await badService.json()).toEqual({
      error: expect.stringMatching(/service name "9lives" is not valid/),
    });
  });
});
