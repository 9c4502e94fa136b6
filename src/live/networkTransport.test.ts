import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../core/plannedCall.ts';
import { UpstreamFailure } from '../core/policy/callFailures.ts';
import { createNetworkTransport } from './networkTransport.ts';
import {
  createResourceTimings,
  type ObserverFactory,
  type PerformanceLike,
} from './resourceTimings.ts';
import type { ResourceTimingLike } from './wirePhasesOf.ts';

const CALL: PlannedCall = { request: 0, index: 6, service: 'session', latencyMs: 500 };

function entryAt(name: string, requestStart: number): ResourceTimingLike & { name: string } {
  return {
    name,
    fetchStart: 10,
    domainLookupStart: 10,
    domainLookupEnd: 10,
    connectStart: 10,
    connectEnd: 10,
    requestStart,
    responseStart: requestStart + 500,
    responseEnd: requestStart + 501,
    nextHopProtocol: 'http/1.1',
  };
}

/** A page whose performance buffer holds what `recorded` says, and whose fetch answers `answer`. */
function page(answer: () => Response | Promise<Response>) {
  const buffer: Array<ResourceTimingLike & { name: string }> = [];
  const urls: string[] = [];
  const performance: PerformanceLike = {
    getEntriesByName: (name) => buffer.filter((entry) => entry.name === name),
  };
  const timings = createResourceTimings({ performance, observe: () => null });
  const fetchFake = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    urls.push(url);
    init?.signal?.throwIfAborted();
    const response = await answer();
    buffer.push(entryAt(url, 510));
    return response;
  }) as typeof fetch;
  return { timings, fetchFake, urls };
}

describe('createNetworkTransport', () => {
  it("fetches the chosen origin's upstream path and resolves with the phases of that URL's entry", async () => {
    const { timings, fetchFake, urls } = page(() => new Response('{}'));
    const send = createNetworkTransport({
      origin: 'http://localhost:4183',
      runId: 'r1',
      timings,
      fetch: fetchFake,
      now: () => 10,
    });
    const wire = await send(CALL, undefined);
    expect(urls).toEqual([
      'http://localhost:4183/upstream/session?ms=500&request=0&index=6&run=r1&via=network',
    ]);
    // Waited 500 ms for a connection (reused: no set-up), then 500 ms for the answer.
    expect(wire).toEqual({
      queuedMs: 500,
      connectMs: 0,
      waitingMs: 500,
      downloadMs: 1,
      protocol: 'http/1.1',
    });
  });

  it("turns a planned 429 into the live engine's UpstreamFailure, with its Retry-After", async () => {
    const busy = () =>
      new Response(JSON.stringify({ fault: 'busy' }), {
        status: 429,
        headers: { 'Retry-After': '2' },
      });
    const { timings, fetchFake } = page(busy);
    const send = createNetworkTransport({
      origin: 'http://h',
      runId: 'r',
      timings,
      fetch: fetchFake,
    });
    const failure = await send({ ...CALL, fault: 'busy', retryAfterS: 1 }, undefined).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UpstreamFailure);
    expect(failure).toMatchObject({ kind: 'busy', retryAfterMs: 2000 });
  });

  it('fails the run on an answer no plan asked for, quoting the server', async () => {
    const bad = () =>
      new Response(JSON.stringify({ error: 'The "ms" query parameter…' }), { status: 400 });
    const { timings, fetchFake } = page(bad);
    const send = createNetworkTransport({
      origin: 'http://h',
      runId: 'r',
      timings,
      fetch: fetchFake,
    });
    await expect(send(CALL, undefined)).rejects.toThrow(/answered 400.*The "ms" query parameter/);
  });

  it("rejects with the signal's reason when aborted", async () => {
    const { timings, fetchFake } = page(() => new Response('{}'));
    const send = createNetworkTransport({
      origin: 'http://h',
      runId: 'r',
      timings,
      fetch: fetchFake,
    });
    const controller = new AbortController();
    const reason = new Error('timed out');
    controller.abort(reason);
    await expect(send(CALL, controller.signal)).rejects.toBe(reason);
  });

  it('says to accept the certificate when the HTTP/2 origin cannot be reached', async () => {
    const { timings } = page(() => new Response('{}'));
    const refused = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const send = createNetworkTransport({
      origin: 'https://localhost:4181',
      runId: 'r',
      timings,
      fetch: refused,
    });
    await expect(send(CALL, undefined)).rejects.toThrow(
      /open https:\/\/localhost:4181 once and accept the certificate.*protocol=http1/,
    );
  });

  it('asks for Connection: close with connection=close', async () => {
    const { timings, fetchFake, urls } = page(() => new Response('{}'));
    const send = createNetworkTransport({
      origin: 'http://h',
      runId: 'r',
      timings,
      fetch: fetchFake,
      closeConnection: true,
    });
    await send(CALL, undefined);
    expect(new URL(urls[0] ?? '').searchParams.get('close')).toBe('1');
  });
});

describe('createResourceTimings', () => {
  it('waits for an entry the browser records after the body, and gives up after waitMs', async () => {
    let deliver: (entries: readonly unknown[]) => void = () => undefined;
    const observe: ObserverFactory = (callback) => {
      deliver = callback;
      return { observe: () => undefined, disconnect: () => undefined };
    };
    const timings = createResourceTimings({
      performance: { getEntriesByName: () => [] },
      observe,
      waitMs: 20,
    });
    timings.expect('http://h/a');
    const later = timings.take('http://h/a');
    deliver([entryAt('http://h/other', 1), entryAt('http://h/a', 7)]);
    expect((await later)?.requestStart).toBe(7);
    timings.expect('http://h/b');
    expect(await timings.take('http://h/b')).toBeNull();
    timings.close();
  });

  it('raises the buffer size and clears the buffer when it fills up', () => {
    const calls: string[] = [];
    let onFull = () => undefined as void;
    createResourceTimings({
      performance: {
        getEntriesByName: () => [],
        setResourceTimingBufferSize: (size) => void calls.push(`size ${size}`),
        clearResourceTimings: () => void calls.push('clear'),
        addEventListener: (_, listener) => void (onFull = listener),
      },
      observe: () => null,
    });
    onFull();
    expect(calls).toEqual(['size 5000', 'clear']);
  });
});
