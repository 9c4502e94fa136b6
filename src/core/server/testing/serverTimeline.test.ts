import { describe, expect, it } from 'vitest';
import type { RequestSpan, ServerCallSpan, ServerTrace } from '../serverTrace.ts';
import { serverTimeline } from './serverTimeline.ts';

const request = (r: Partial<RequestSpan> & Pick<RequestSpan, 'index'>): RequestSpan => ({
  intendedAtMs: 0,
  sentAtMs: 0,
  startedAtMs: 0,
  freedAtMs: 0,
  endedAtMs: 0,
  worker: 0,
  process: 0,
  ...r,
});

const call = (c: Partial<ServerCallSpan>): ServerCallSpan => ({
  request: 0,
  index: 0,
  service: 'session',
  latencyMs: 0,
  readyAtMs: 0,
  startedAtMs: 0,
  endedAtMs: 0,
  upstreamArrivedAtMs: 0,
  upstreamStartedAtMs: 0,
  status: 'ok',
  ...c,
});

describe('serverTimeline', () => {
  it('draws each request waiting at the client, at the server, served, and answering', () => {
    const trace: ServerTrace = {
      requests: [
        request({ index: 0, startedAtMs: 0, freedAtMs: 200, endedAtMs: 300 }),
        request({ index: 1, sentAtMs: 100, startedAtMs: 200, freedAtMs: 400, endedAtMs: 400 }),
      ],
      calls: [],
      work: [],
      makespanMs: 400,
    };
    expect(serverTimeline(trace, 100)).toBe(
      [
        'r0 w0 p0 |==> | sent 0, served 0 → 200, answered 300',
        'r1 w0 p0 |.-==| sent 100, served 200 → 400',
      ].join('\n'),
    );
  });

  it('draws each call queued in its handler, waiting at the upstream and in flight', () => {
    const trace: ServerTrace = {
      requests: [request({ index: 0, freedAtMs: 400, endedAtMs: 400, worker: 3, process: 1 })],
      calls: [
        call({
          startedAtMs: 50,
          endedAtMs: 200,
          upstreamArrivedAtMs: 150,
          upstreamStartedAtMs: 150,
        }),
        call({
          index: 1,
          service: 'business',
          startedAtMs: 100,
          endedAtMs: 400,
          upstreamArrivedAtMs: 100,
          upstreamStartedAtMs: 200,
          status: 'failed',
        }),
      ],
      work: [{ request: 0, startedAtMs: 0, endedAtMs: 100 }],
      makespanMs: 400,
    };
    expect(serverTimeline(trace, 100)).toBe(
      [
        'r0 w3 p1      |====| sent 0, served 0 → 400',
        'r0.0 session  |==  | 50 → 200 (upstream 150)',
        'r0.1 business |-~==| 100 → 400 (upstream 100, served 200) failed',
        'r0 work       |#   | 0 → 100',
      ].join('\n'),
    );
  });
});
