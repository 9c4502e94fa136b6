import { describe, expect, it } from 'vitest';
import { chromeTrace, TRACE_CATEGORIES } from './chromeTrace.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import type { ExportableRun } from './exportableRun.ts';
import {
  fanOutRun,
  hedgedRun,
  liveRun,
  noisyLiveRun,
  retriedRun,
  scriptedRun,
  serverRun,
  serverRunWithReturnTrip,
  STARTED_AT_ISO,
} from './testing/exportFixtures.ts';
import { validateChromeTrace } from './testing/validateChromeTrace.ts';

interface Event {
  readonly ph: string;
  readonly name: string;
  readonly cat?: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: Record<string, unknown>;
}
interface Doc {
  readonly traceEvents: Event[];
  readonly displayTimeUnit: string;
  readonly metadata: Record<string, unknown>;
}

function parsed(run: ExportableRun): Doc {
  const doc = JSON.parse(chromeTrace(run, { startedAtIso: STARTED_AT_ISO })) as Doc;
  expect(validateChromeTrace(doc)).toEqual([]);
  return doc;
}
const slices = (doc: Doc, cat: string): Event[] =>
  doc.traceEvents.filter((e) => e.ph === 'X' && e.cat === cat);
const threadNames = (doc: Doc): string[] =>
  doc.traceEvents.filter((e) => e.name === 'thread_name').map((e) => String(e.args?.['name']));

describe('chromeTrace', () => {
  it('writes the default run as valid Trace Event JSON: one call slice per call, in µs', async () => {
    const doc = parsed(await fanOutRun());
    expect(doc.displayTimeUnit).toBe('ms');
    expect(doc.metadata).toMatchObject({
      scenario: '',
      makespanMs: 1250,
      startedAt: STARTED_AT_ISO,
    });
    const calls = slices(doc, TRACE_CATEGORIES.call);
    expect(calls.map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['session', 0, 125_000],
      ['business', 125_000, 250_000],
      ['user', 375_000, 375_000],
      ['reviews', 750_000, 500_000],
    ]);
    // Sequential calls wait for the previous one: three queued slices, before their calls.
    const queued = slices(doc, TRACE_CATEGORIES.queued);
    expect(queued.map((e) => [e.tid, e.ts, e.dur])).toEqual([
      [3, 0, 125_000],
      [4, 0, 375_000],
      [5, 0, 750_000],
    ]);
    expect(doc.traceEvents.filter((e) => e.ph === 'X')).toHaveLength(7);
  });

  it('gives each call lane its own named track, in the timeline order', async () => {
    const doc = parsed(await fanOutRun('model=promise-all'));
    expect(threadNames(doc)).toEqual(['#1 session', '#2 business', '#3 user', '#4 reviews']);
    expect(new Set(slices(doc, TRACE_CATEGORIES.call).map((e) => e.tid)).size).toBe(4);
    expect(slices(doc, TRACE_CATEGORIES.queued)).toEqual([]);
  });

  it('puts local work on a track of its own, first', async () => {
    const doc = parsed(await fanOutRun('model=offload&work=1000'));
    expect(threadNames(doc)[0]).toBe('local work');
    expect(slices(doc, TRACE_CATEGORIES.work).map((e) => [e.ts, e.dur])).toEqual([[0, 1_000_000]]);
  });

  it("keeps a virtual run's fractional ms to the µs, as every export does, without float noise", async () => {
    const doc = parsed(
      await fanOutRun('model=throttled&throttle=bucket&burst=1&rate=3&calls=10*4'),
    );
    expect(slices(doc, TRACE_CATEGORIES.call).map((e) => e.ts)).toEqual([
      0, 333_333, 666_667, 1_000_000,
    ]);
  });

  it("writes a live run's measured times to 0.1 ms: slices, their args and the metadata", () => {
    const doc = parsed(noisyLiveRun());
    expect(slices(doc, TRACE_CATEGORIES.call).map((e) => [e.ts, e.dur])).toEqual([
      [300, 125_600],
      [500, 250_000],
    ]);
    // business was ready at 0.05 ms (rounded: 0) and sent at 0.46 (0.5): queued 0.5 ms.
    expect(slices(doc, TRACE_CATEGORIES.queued).map((e) => [e.ts, e.dur])).toEqual([
      [0, 300],
      [0, 500],
    ]);
    expect(slices(doc, TRACE_CATEGORIES.call)[1]?.args).toMatchObject({
      readyAtMs: 0,
      startedAtMs: 0.5,
      endedAtMs: 250.5,
    });
    expect(doc.metadata).toMatchObject({ makespanMs: 250.5, predictedMakespanMs: 250 });
  });

  it('names an aborted call as such', () => {
    const doc = parsed(liveRun());
    const aborted = slices(doc, TRACE_CATEGORIES.call)[3];
    expect(aborted).toMatchObject({ name: 'reviews (aborted)', ts: 600, dur: 299_400 });
    expect(aborted?.args?.['status']).toBe('aborted');
  });

  it("puts a server run's requests on their workers' tracks and its calls on per-request tracks", async () => {
    const doc = parsed(await serverRun('lab=server&preset=talk-sync-mix'));
    const requests = slices(doc, TRACE_CATEGORIES.request);
    expect(requests).toHaveLength(20);
    expect(slices(doc, TRACE_CATEGORIES.call)).toHaveLength(80);
    // 2 processes x 2 threads: 4 worker tracks in 2 processes, each serving 5 requests in turn.
    const processNames = doc.traceEvents
      .filter((e) => e.name === 'process_name')
      .map((e) => String(e.args?.['name']));
    expect(processNames.slice(0, 2)).toEqual(['server process 1', 'server process 2']);
    expect(processNames).toHaveLength(2 + 20);
    const byWorker = new Map<string, number>();
    for (const r of requests)
      byWorker.set(`${r.pid}/${r.tid}`, (byWorker.get(`${r.pid}/${r.tid}`) ?? 0) + 1);
    expect([...byWorker.values()]).toEqual([5, 5, 5, 5]);
    // Request 4 waited for a worker until the first requests ended.
    const waits = slices(doc, TRACE_CATEGORIES.wait).filter(
      (e) => e.name === 'waiting for a worker',
    );
    expect(waits).toHaveLength(16);
  });

  it('keeps slices on every track nested or apart, whatever the server does', async () => {
    // parsed() checks the nesting; these runs stress it: local work inside requests, 200 requests
    // at once, and calls whose wait at a busy upstream is nested inside their time in flight.
    const offload = parsed(await serverRun('lab=server&preset=talk-offload'));
    expect(slices(offload, TRACE_CATEGORIES.work)).toHaveLength(20);
    const gevent = parsed(await serverRun('lab=server&preset=talk-gevent-200'));
    expect(slices(gevent, TRACE_CATEGORIES.request)).toHaveLength(200);
    const capped = await serverRun(
      'lab=server&model=worker-pool&requests=12&processes=1&greenlets=4&upstreamCap=3',
    );
    const waited = (capped.trace as ServerTrace).calls.filter(
      (c) => c.upstreamStartedAtMs > c.upstreamArrivedAtMs,
    );
    expect(waited.length).toBeGreaterThan(0);
    expect(slices(parsed(capped), TRACE_CATEGORIES.upstreamWait)).toHaveLength(waited.length);
  });
});

describe('validateChromeTrace', () => {
  it('catches what the viewers reject: missing fields, unnamed tracks, slices that do not nest', () => {
    const named = { ph: 'M', name: 'thread_name', pid: 1, tid: 1, args: { name: 't' } };
    const x = (ts: number, dur: number) => ({
      ph: 'X',
      name: 's',
      cat: 'c',
      ts,
      dur,
      pid: 1,
      tid: 1,
    });
    expect(validateChromeTrace({ traceEvents: [named, x(0, 10), x(2, 3)] })).toEqual([]);
    expect(validateChromeTrace({ traceEvents: [named, x(0, 10), x(5, 10)] })).toHaveLength(1);
    expect(validateChromeTrace({ traceEvents: [x(0, 10)] })).toHaveLength(1);
    expect(validateChromeTrace({ traceEvents: [named, { ...x(0, 1), ts: -1 }] })).toHaveLength(1);
    expect(
      validateChromeTrace({ traceEvents: [named, { ...x(0, 1), cat: undefined }] }),
    ).toHaveLength(1);
    expect(validateChromeTrace([])).toHaveLength(1);
  });
});

describe('chromeTrace with faults', () => {
  const instants = (doc: Doc): Event[] => doc.traceEvents.filter((e) => e.ph === 'i');
  const onLane = (doc: Doc, name: string): Event[] => {
    const lane = doc.traceEvents.find((e) => e.name === 'thread_name' && e.args?.['name'] === name);
    return doc.traceEvents.filter((e) => e.ph === 'X' && lane && e.tid === lane.tid);
  };

  it('makes each copy of a retried call its own slice inside the call, with the backoff between', async () => {
    const doc = parsed(await retriedRun());
    expect(onLane(doc, '#2 business').map((e) => [e.cat, e.name, e.ts, e.dur])).toEqual([
      ['call', 'business (failed)', 0, 355_000],
      ['copy', 'business copy 1 (error 500)', 0, 250_000],
      ['backoff', 'backoff', 250_000, 100_000],
      ['copy', 'business copy 2 (busy 429)', 350_000, 5_000],
    ]);
    const retry = slices(doc, TRACE_CATEGORIES.copy).find((e) => e.name.includes('copy 2'));
    expect(retry?.args).toMatchObject({ attempt: 1, outcome: 'busy', retryAfterMs: 1000 });
  });

  it("marks the request's failure with an instant event at the moment it failed", async () => {
    const doc = parsed(await retriedRun());
    expect(instants(doc)).toEqual([
      {
        ph: 'i',
        name: 'request failed',
        cat: TRACE_CATEGORIES.outcome,
        ts: 355_000,
        s: 't',
        pid: 1,
        tid: 1,
        args: { status: 'failed', settledAtMs: 355, failedCall: 1 },
      },
    ]);
    expect(threadNames(doc)[0]).toBe('request');
    expect(doc.metadata['outcome']).toEqual({ status: 'failed', settledAtMs: 355, failedCall: 1 });
  });

  it('puts a hedge copy on a track of its own, below the call it hedges', async () => {
    const doc = parsed(await hedgedRun());
    expect(threadNames(doc)).toContain('#2 business (hedges)');
    expect(onLane(doc, '#2 business (hedges)').map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['business copy 2 hedge (ok)', 150_000, 500_000],
    ]);
    expect(onLane(doc, '#2 business').map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['business', 0, 650_000],
      ['business copy 1 (cancelled)', 0, 650_000],
    ]);
    // The request answered: nothing to mark.
    expect(instants(doc)).toEqual([]);
  });

  it('ends a call cancelled while backing off with the backoff it did not finish', async () => {
    const run = await scriptedRun(
      [125, 300],
      { name: 'promise-all' },
      { 0: ['error', 'error'], 1: ['error'] },
      { retries: 1, backoffMs: 100, jitter: 'none', cancelOnFailure: true },
    );
    const doc = parsed(run);
    expect(onLane(doc, '#2 business').map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['business (cancelled)', 0, 350_000],
      ['business copy 1 (error 500)', 0, 300_000],
      ['backoff', 300_000, 50_000],
    ]);
  });

  it('marks a request that settled with failures (allSettled) as such', async () => {
    const run = await scriptedRun(
      [125, 250],
      { name: 'promise-all' },
      { 0: ['hang'] },
      {
        settle: 'allSettled',
      },
    );
    const doc = parsed(run);
    expect(instants(doc).map((e) => [e.name, e.ts])).toEqual([
      ['request answered with failures', 10_000_000],
    ]);
    expect(slices(doc, TRACE_CATEGORIES.copy)[0]?.name).toBe('session copy 1 (hung 504)');
  });
});

describe('chromeTrace of a server run whose answers travel back', () => {
  it("ends each request's worker slice when the worker was freed, not when the client got the answer", async () => {
    const doc = parsed(await serverRunWithReturnTrip('lab=server&preset=talk-sync-processes', 10));
    const requests = slices(doc, TRACE_CATEGORIES.request).filter(
      (e) => e.args?.['worker'] !== undefined,
    );
    expect(requests).toHaveLength(20);
    for (const slice of requests) {
      expect(slice.ts + (slice.dur ?? 0)).toBe(Number(slice.args?.['freedAtMs']) * 1000);
      expect(Number(slice.args?.['endedAtMs']) - Number(slice.args?.['freedAtMs'])).toBe(10);
    }
  });
});
