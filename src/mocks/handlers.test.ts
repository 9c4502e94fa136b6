import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { upstreamCopyAborts, upstreamCopyKey, upstreamPath } from '../core/upstreamRequest.ts';
import {
  HOP_SLACK_MS,
  type TimerLateness,
  watchTimerLateness,
} from '../live/testing/timerLateness.ts';
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

  it('ignores close=1 (no socket to close in the page): a plain answer, no Connection header', async () => {
    const response = await upstream('?ms=0&close=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('Connection')).toBeNull();
    expect(await response.json()).toEqual({ service: 'session', index: 0, latencyMs: 0 });
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

describe('planned faults', () => {
  it('answers 500 after its delay for fault=error, saying the error rate picked the call', async () => {
    const startedAt = performance.now();
    const response = await upstream('?ms=30&index=2&attempt=1&fault=error');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(28);
    expect(response.status).toBe(500);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: expect.stringMatching(
        /error rate picked this call: copy 2 of call 3 \(session\) of request 1 answers 500/,
      ),
      fault: 'error',
    });
  });

  it('answers 504 for fault=hang: the proxy gave up after ms', async () => {
    const response = await upstream('?ms=20&fault=hang');
    expect(response.status).toBe(504);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: expect.stringMatching(/never answered, and the proxy in front gave up after 20 ms/),
      fault: 'hang',
    });
  });

  it('answers 429 with Retry-After for fault=busy (0 s when not given)', async () => {
    const busy = await upstream('?ms=5&fault=busy&retryAfter=3');
    expect(busy.status).toBe(429);
    expect(busy.headers.get('Retry-After')).toBe('3');
    expect(busy.headers.get('Cache-Control')).toBe('no-store');
    expect(await busy.json()).toEqual({
      error: expect.stringMatching(/rate limiter turned .* away \(Retry-After 3 s\)/),
      fault: 'busy',
    });
    const bare = await upstream('?ms=0&fault=busy');
    expect(bare.status).toBe(429);
    expect(bare.headers.get('Retry-After')).toBe('0');
  });

  it('answers the request the live transport builds for a faulty copy', async () => {
    const call = { request: 1, index: 0, service: 'reviews', latencyMs: 9 };
    const path = upstreamPath({ ...call, attempt: 4, fault: 'busy', retryAfterS: 2 }, 0, 'r1');
    const response = await fetch(new URL(path, 'http://localhost'));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
  });

  it.each([
    ['?ms=0&fault=oops', /"fault" query parameter must be "error", "hang" or "busy"/],
    ['?ms=0&retryAfter=1', /"retryAfter" query parameter only goes with fault=busy/],
    ['?ms=0&fault=busy&retryAfter=61', /"retryAfter" query parameter must be a whole number/],
    ['?ms=0&attempt=x', /"attempt" query parameter must be a whole number/],
  ])('refuses %j with a 400 naming the parameter', async (query, problem) => {
    const response = await upstream(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(problem) });
  });
});

describe('a copy the client gave up on', () => {
  it('stops waiting when the fetch is aborted (msw/node passes the client’s signal)', async () => {
    // Watch the handler's own 5 s timer (by its delay), not a count of every timer in the
    // process: the test runner's polling timers come and go too.
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    try {
      const controller = new AbortController();
      const sending = fetch('http://localhost/upstream/session?ms=5000&fault=hang', {
        signal: controller.signal,
      });
      const handlerTimer = () => {
        const at = set.mock.calls.findIndex((args) => args[1] === 5000);
        return at === -1 ? undefined : set.mock.results[at]?.value;
      };
      await vi.waitFor(() => expect(handlerTimer()).toBeDefined());
      controller.abort(new Error('timeout'));
      await expect(sending).rejects.toThrow('timeout');
      // The aborted copy's timer is cleared, not left to fire 5 s later.
      await vi.waitFor(() => expect(clear).toHaveBeenCalledWith(handlerTimer()));
    } finally {
      set.mockRestore();
      clear.mockRestore();
    }
  });

  it('stops waiting when the live transport posts the abort (the browser’s path)', async () => {
    // A fetch without a signal, as the browser worker hands the handler: only the posted
    // signal can tell the service that the client gave up.
    const controller = new AbortController();
    const key = upstreamCopyKey({ runId: 'rx', request: 0, index: 1, attempt: 2 });
    const unwatch = upstreamCopyAborts.watch(key, controller.signal);
    const answer = fetch(
      'http://localhost/upstream/session?ms=5000&index=1&attempt=2&run=rx&fault=hang',
    );
    let lateness: TimerLateness | undefined;
    let abortedAt = Number.NaN;
    setTimeout(() => {
      lateness = watchTimerLateness();
      abortedAt = performance.now();
      controller.abort();
    }, 30);
    const response = await answer;
    unwatch();
    // At the abort (not after the 5 s hang): no later than plain timers beside it allow.
    expect(performance.now() - abortedAt).toBeLessThanOrEqual(
      (lateness?.stop() ?? Number.NaN) + HOP_SLACK_MS,
    );
    expect(response.status).toBe(499);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/gave up/) });
  });
});
