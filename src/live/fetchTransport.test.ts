import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import { createUpstreamHandlers, UPSTREAM_PATH } from '../mocks/handlers.ts';
import { createFetchTransport } from './fetchTransport.ts';

const server = setupServer(...createUpstreamHandlers());
const asked: string[] = [];
server.events.on('request:start', ({ request }) => {
  asked.push(new URL(request.url).search);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  asked.length = 0;
});
afterAll(() => server.close());

const BASE_URL = 'http://localhost';
const [call] = fixedCalls([40]) as [ReturnType<typeof fixedCalls>[0]];

/** How long one call takes through the transport, in ms. */
async function timed(send: () => Promise<void>): Promise<number> {
  const fromMs = performance.now();
  await send();
  return performance.now() - fromMs;
}

describe('createFetchTransport', () => {
  it('without compensation, asks the mock for the latency and resolves once it answered', async () => {
    const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r1', compensationMs: 0 });
    const tookMs = await timed(() => send(call, undefined));
    expect(asked).toEqual(['?ms=40&request=0&index=0&run=r1']);
    expect(tookMs).toBeGreaterThanOrEqual(39);
    expect(tookMs).toBeLessThan(40 + 40);
  });

  it('with compensation, asks for an earlier answer and holds it until the latency passed', async () => {
    const late: number[] = [];
    const send = createFetchTransport({
      baseUrl: BASE_URL,
      runId: 'r2',
      compensationMs: 15,
      onLate: (_call, lateMs) => late.push(lateMs),
    });
    const tookMs = await timed(() => send(call, undefined));
    expect(asked).toEqual(['?ms=25&request=0&index=0&run=r2']);
    expect(tookMs).toBeGreaterThanOrEqual(40);
    expect(tookMs).toBeLessThan(40 + 20);
    expect(late).toEqual([]);
  });

  it('says when a compensated call came back after its latency', async () => {
    const late: number[] = [];
    server.use(http.get(UPSTREAM_PATH, async () => HttpResponse.json({})));
    const slow = createFetchTransport({
      baseUrl: BASE_URL,
      runId: 'r3',
      compensationMs: 5,
      onLate: (_call, lateMs) => late.push(lateMs),
    });
    await slow({ ...call, latencyMs: 0 }, undefined);
    expect(late).toEqual([expect.any(Number)]);
    expect(late[0]).toBeGreaterThanOrEqual(0);
  });

  it('rejects with the signal’s reason when aborted in flight, leaving other calls alone', async () => {
    const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r4', compensationMs: 0 });
    const reason = new Error('stop');
    const controller = new AbortController();
    const aborted = send({ ...call, latencyMs: 500 }, controller.signal);
    const other = send({ ...call, index: 1, latencyMs: 60 }, new AbortController().signal);
    setTimeout(() => controller.abort(reason), 20);
    await expect(aborted).rejects.toBe(reason);
    await expect(other).resolves.toBeUndefined();
  });

  it('rejects with the reason when aborted while holding an early answer', async () => {
    const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r5', compensationMs: 200 });
    const controller = new AbortController();
    const sending = send({ ...call, latencyMs: 300 }, controller.signal);
    setTimeout(() => controller.abort('reset'), 150);
    await expect(sending).rejects.toBe('reset');
  });

  it('says what to check when the request does not get through', async () => {
    server.use(http.get(UPSTREAM_PATH, () => HttpResponse.error()));
    const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r6', compensationMs: 0 });
    await expect(send(call, undefined)).rejects.toThrow(
      /^Call 0 \(session\) of request 0 could not reach the mocked service at http:\/\/localhost\/upstream\/session\?ms=40&.*reload it normally/,
    );
  });
});
