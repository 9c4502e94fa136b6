import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamFailure } from '../core/policy/callFailures.ts';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import { upstreamCopyAborts, upstreamCopyKey } from '../core/upstreamRequest.ts';
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
      /^Call 1 \(session\) of request 1 could not reach the mocked service at http:\/\/localhost\/upstream\/session\?ms=40&.*reload it normally/,
    );
  });
});

describe('createFetchTransport with planned faults', () => {
  const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'f1', compensationMs: 0 });

  /** What the transport rejected with, as the virtual engine's UpstreamFailure would be. */
  async function failureOf(sending: Promise<void>) {
    const error: unknown = await sending.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(UpstreamFailure);
    const failure = error as UpstreamFailure;
    return { kind: failure.kind, retryAfterMs: failure.retryAfterMs, message: failure.message };
  }

  it('tells the service the copy and its fault, and reads its 500 as an error', async () => {
    const tookMs = await timed(async () => {
      expect(await failureOf(send({ ...call, attempt: 2, fault: 'error' }, undefined))).toEqual({
        kind: 'error',
        retryAfterMs: null,
        message: 'call 1 (session) was answered 500',
      });
    });
    expect(asked).toEqual(['?ms=40&request=0&index=0&run=f1&attempt=2&fault=error']);
    expect(tookMs).toBeGreaterThanOrEqual(39);
  });

  it('reads a 504 as a hang, and a 429 with its Retry-After header', async () => {
    expect(await failureOf(send({ ...call, latencyMs: 10, fault: 'hang' }, undefined))).toEqual({
      kind: 'hung',
      retryAfterMs: null,
      message: expect.stringMatching(/hung; the proxy answered 504 after 10 ms/),
    });
    expect(
      await failureOf(send({ ...call, latencyMs: 5, fault: 'busy', retryAfterS: 2 }, undefined)),
    ).toEqual({ kind: 'busy', retryAfterMs: 2000, message: expect.stringMatching(/429/) });
  });

  it('prefers the header’s Retry-After, and falls back to the plan’s without a valid one', async () => {
    const busyAnswer = (retryAfter: string | null) =>
      http.get(UPSTREAM_PATH, () =>
        HttpResponse.json(
          { error: 'busy', fault: 'busy' },
          { status: 429, headers: retryAfter === null ? {} : { 'Retry-After': retryAfter } },
        ),
      );
    const busy = { ...call, latencyMs: 5, fault: 'busy' as const, retryAfterS: 1 };
    server.use(busyAnswer('7'));
    expect((await failureOf(send(busy, undefined))).retryAfterMs).toBe(7000);
    for (const header of [null, 'soon', 'Wed, 21 Oct 2015 07:28:00 GMT']) {
      server.resetHandlers();
      server.use(busyAnswer(header));
      expect((await failureOf(send(busy, undefined))).retryAfterMs).toBe(1000);
    }
  });

  it('ends the run on a failure the plan did not ask for', async () => {
    server.use(
      http.get(UPSTREAM_PATH, () =>
        HttpResponse.json({ error: 'boom', fault: 'error' }, { status: 500 }),
      ),
    );
    // A 500 for a call planned to answer, a 500 for a call planned to hang.
    await expect(send(call, undefined)).rejects.toThrow(/failed: .* answered 500 .*boom/);
    await expect(send({ ...call, fault: 'hang' }, undefined)).rejects.toThrow(/answered 500/);
    // A 500 that is not the mocked service's account of the fault (a crashed handler).
    server.resetHandlers();
    server.use(
      http.get(UPSTREAM_PATH, () => HttpResponse.json({ error: 'crash' }, { status: 500 })),
    );
    const error: unknown = await send({ ...call, fault: 'error' }, undefined).catch(
      (reason: unknown) => reason,
    );
    expect(error).not.toBeInstanceOf(UpstreamFailure);
    expect(error).toEqual(expect.objectContaining({ message: expect.stringMatching(/crash/) }));
  });

  it('holds a failure until the call’s latency, as it holds a 200, when compensating', async () => {
    const compensated = createFetchTransport({
      baseUrl: BASE_URL,
      runId: 'f2',
      compensationMs: 15,
    });
    const tookMs = await timed(async () => {
      await failureOf(compensated({ ...call, fault: 'error' }, undefined));
    });
    expect(asked).toEqual(['?ms=25&request=0&index=0&run=f2&fault=error']);
    expect(tookMs).toBeGreaterThanOrEqual(40);
    expect(tookMs).toBeLessThan(40 + 20);
  });

  it('aborts a hanging copy at once, and the service stops waiting for it', async () => {
    const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timeouts();
    const controller = new AbortController();
    const hung = { ...call, attempt: 3, latencyMs: 10_000, fault: 'hang' as const };
    const sending = send(hung, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const key = upstreamCopyKey({ runId: 'f1', request: 0, index: 0, attempt: 3 });
    expect(upstreamCopyAborts.signalOf(key)).toBe(controller.signal);
    const reason = new Error('timeout');
    const abortedAtMs = performance.now();
    controller.abort(reason);
    await expect(sending).rejects.toBe(reason);
    expect(performance.now() - abortedAtMs).toBeLessThan(20);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(upstreamCopyAborts.signalOf(key)).toBeUndefined();
    expect(timeouts()).toBe(before);
  });
});
