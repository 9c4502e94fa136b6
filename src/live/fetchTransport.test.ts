import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UpstreamFailure } from '../core/policy/callFailures.ts';
import { fixedCalls } from '../core/testing/timelineOf.ts';
import { upstreamCopyAborts, upstreamCopyKey } from '../core/upstreamRequest.ts';
import { createUpstreamHandlers, UPSTREAM_PATH } from '../mocks/handlers.ts';
import { createFetchTransport } from './fetchTransport.ts';
import { HOP_SLACK_MS, watchTimerLateness } from './testing/timerLateness.ts';

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

/**
 * How long one call takes through the transport, in ms, and how late plain timers beside it
 * were meanwhile (timerLateness.ts): the baseline its time is compared with.
 */
async function timed(send: () => Promise<unknown>): Promise<{ tookMs: number; lateMs: number }> {
  const lateness = watchTimerLateness();
  const fromMs = performance.now();
  try {
    await send();
    return { tookMs: performance.now() - fromMs, lateMs: lateness.stop() };
  } finally {
    lateness.stop();
  }
}

describe('createFetchTransport', () => {
  it('without compensation, asks the mock for the latency and resolves once it answered', async () => {
    const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r1', compensationMs: 0 });
    const { tookMs, lateMs } = await timed(() => send(call, undefined));
    expect(asked).toEqual(['?ms=40&request=0&index=0&run=r1']);
    // Node's timers may fire 1 ms early; the answer is no later than plain timers beside it.
    expect(tookMs).toBeGreaterThanOrEqual(39);
    expect(tookMs).toBeLessThanOrEqual(40 + lateMs + HOP_SLACK_MS);
  });

  it('with compensation, asks for an earlier answer and holds it until the latency passed', async () => {
    const late: number[] = [];
    const send = createFetchTransport({
      baseUrl: BASE_URL,
      runId: 'r2',
      compensationMs: 15,
      onLate: (_call, lateMs) => late.push(lateMs),
    });
    const { tookMs, lateMs } = await timed(() => send(call, undefined));
    expect(asked).toEqual(['?ms=25&request=0&index=0&run=r2']);
    // Held until its latency, never sooner. A busy machine may bring the answer back after the
    // latency even so: then it is reported late, by at most how long the call took past it.
    expect(tookMs).toBeGreaterThanOrEqual(40);
    expect(late.length).toBeLessThanOrEqual(1);
    expect(late[0] ?? 0).toBeLessThanOrEqual(tookMs - 40);
    expect(tookMs).toBeLessThanOrEqual(40 + lateMs + HOP_SLACK_MS);
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
    // 10 s: the abort 20 ms in comes first, however busy the machine.
    const aborted = send({ ...call, latencyMs: 10_000 }, controller.signal);
    const other = send({ ...call, index: 1, latencyMs: 60 }, new AbortController().signal);
    setTimeout(() => controller.abort(reason), 20);
    await expect(aborted).rejects.toBe(reason);
    await expect(other).resolves.toBeUndefined();
  });

  it('rejects with the reason when aborted while holding an early answer', async () => {
    // The mock answers after 10 ms; the transport holds that answer until 10 s have passed. It is
    // aborted once it is holding (its clock's long timer is set), not after a guessed delay.
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    try {
      const send = createFetchTransport({ baseUrl: BASE_URL, runId: 'r5', compensationMs: 9_990 });
      const controller = new AbortController();
      const sending = send({ ...call, latencyMs: 10_000 }, controller.signal);
      await vi.waitFor(() =>
        expect(setTimer.mock.calls.some(([, ms]) => (ms ?? 0) >= 5_000)).toBe(true),
      );
      expect(asked).toEqual(['?ms=10&request=0&index=0&run=r5']);
      controller.abort('reset');
      await expect(sending).rejects.toBe('reset');
    } finally {
      setTimer.mockRestore();
    }
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
  async function failureOf(sending: Promise<unknown>) {
    const error: unknown = await sending.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(UpstreamFailure);
    const failure = error as UpstreamFailure;
    return { kind: failure.kind, retryAfterMs: failure.retryAfterMs, message: failure.message };
  }

  it('tells the service the copy and its fault, and reads its 500 as an error', async () => {
    const { tookMs } = await timed(async () => {
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
    const { tookMs, lateMs } = await timed(async () => {
      await failureOf(compensated({ ...call, fault: 'error' }, undefined));
    });
    expect(asked).toEqual(['?ms=25&request=0&index=0&run=f2&fault=error']);
    expect(tookMs).toBeGreaterThanOrEqual(40);
    expect(tookMs).toBeLessThanOrEqual(40 + lateMs + HOP_SLACK_MS);
  });

  it('aborts a hanging copy at once, and the service stops waiting for it', async () => {
    // Watches the mocked service's own 10 s timer (by its delay), not a count of every timer in
    // the process: other tests' timers come and go too, later on a busy machine.
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    try {
      const controller = new AbortController();
      const hung = { ...call, attempt: 3, latencyMs: 10_000, fault: 'hang' as const };
      const sending = send(hung, controller.signal);
      const serviceTimer = () => {
        const at = set.mock.calls.findIndex(([, ms]) => ms === 10_000);
        return at === -1 ? undefined : (set.mock.results[at]?.value as unknown);
      };
      await vi.waitFor(() => expect(serviceTimer()).toBeDefined());
      const key = upstreamCopyKey({ runId: 'f1', request: 0, index: 0, attempt: 3 });
      expect(upstreamCopyAborts.signalOf(key)).toBe(controller.signal);
      const reason = new Error('timeout');
      const lateness = watchTimerLateness();
      const abortedAtMs = performance.now();
      controller.abort(reason);
      await expect(sending).rejects.toBe(reason);
      // At once: no later than plain timers beside it (the hang would answer after 10 s).
      expect(performance.now() - abortedAtMs).toBeLessThanOrEqual(lateness.stop() + HOP_SLACK_MS);
      expect(upstreamCopyAborts.signalOf(key)).toBeUndefined();
      // The service's timer is cleared, not left to fire 10 s later.
      await vi.waitFor(() => expect(clear).toHaveBeenCalledWith(serviceTimer()));
    } finally {
      set.mockRestore();
      clear.mockRestore();
    }
  });

  it('returns before its fetch() goes out, so calls sent together start together', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const sendTogether = createFetchTransport({
        baseUrl: BASE_URL,
        runId: 'together',
        compensationMs: 20,
      });
      const [first, second] = fixedCalls([30, 30]) as [typeof call, typeof call];
      const signal = new AbortController().signal;
      const sending = [sendTogether(first, signal), sendTogether(second, signal)];
      // Both calls have started (their transport was called) and neither fetch() has run yet:
      // fetch()'s own synchronous work no longer delays the next call's start.
      expect(fetchSpy).not.toHaveBeenCalled();
      await Promise.all(sending);
      expect(fetchSpy).toHaveBeenCalledTimes(2);
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
