import { describe, expect, it } from 'vitest';
import {
  busyWorkers,
  completedSteps,
  countSteps,
  inFlightAtClient,
  nearestRank,
  requestLatencyMs,
  serverStats,
} from './serverStats.ts';
import type { RequestSpan } from './serverTrace.ts';
import { simulateServer } from './simulateServer.ts';
import { serverInput } from './testing/serverInputs.ts';

/** A request answered the instant its handler returned (freed = ended), as the virtual engine. */
const request = (index: number, sent: number, started: number, ended: number): RequestSpan => ({
  index,
  intendedAtMs: 0,
  sentAtMs: sent,
  startedAtMs: started,
  freedAtMs: ended,
  endedAtMs: ended,
  worker: 0,
  process: 0,
});

describe('nearestRank', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the smallest value with at least p% of the values at or below it', () => {
    expect(nearestRank(hundred, 50)).toBe(50);
    expect(nearestRank(hundred, 95)).toBe(95);
    expect(nearestRank(hundred, 99)).toBe(99);
    expect(nearestRank(hundred, 100)).toBe(100);
    expect(nearestRank([10, 20, 30, 40], 50)).toBe(20);
    expect(nearestRank([10, 20, 30, 40], 51)).toBe(30);
  });

  it('never interpolates: a single value is every percentile, none is NaN', () => {
    expect(nearestRank([7], 1)).toBe(7);
    expect(nearestRank([7], 99)).toBe(7);
    expect(nearestRank([], 50)).toBeNaN();
  });
});

describe('step functions', () => {
  it('count half-open intervals: one ending at t and one starting at t never overlap', () => {
    expect(
      countSteps([
        [0, 10],
        [10, 20],
        [5, 5],
      ]),
    ).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 20, inFlight: 0 },
    ]);
  });

  it('count completed requests once per instant', () => {
    const requests = [request(0, 0, 0, 100), request(1, 0, 0, 100), request(2, 0, 100, 250)];
    expect(completedSteps(requests)).toEqual([
      { atMs: 100, completed: 2 },
      { atMs: 250, completed: 3 },
    ]);
  });
});

describe('busy workers', () => {
  it('count from the worker’s side: a freed worker serves the next request while the last response travels', () => {
    // One worker; each response reaches the client 30 ms after its handler returned.
    const requests: RequestSpan[] = [
      { ...request(0, 0, 0, 130), freedAtMs: 100 },
      { ...request(1, 0, 100, 230), freedAtMs: 200 },
      { ...request(2, 0, 200, 330), freedAtMs: 300 },
    ];
    expect(busyWorkers(requests)).toEqual([
      { atMs: 0, inFlight: 1 },
      { atMs: 300, inFlight: 0 },
    ]);
    // The client's side keeps the response's arrival: latency and requests in flight.
    expect(requests.map(requestLatencyMs)).toEqual([130, 230, 330]);
    expect(inFlightAtClient(requests)).toEqual([
      { atMs: 0, inFlight: 3 },
      { atMs: 130, inFlight: 2 },
      { atMs: 230, inFlight: 1 },
      { atMs: 330, inFlight: 0 },
    ]);
    expect(serverStats({ requests, calls: [], work: [], makespanMs: 330 })).toMatchObject({
      makespanMs: 330,
      peakBusyWorkers: 1,
    });
  });
});

describe('serverStats', () => {
  it('summarises the sync-basic row: 20 requests in 25 s, latencies from 1.25 s to 25 s', async () => {
    const trace = await simulateServer(serverInput({ requests: 20 }, { name: 'sequential' }));
    expect(serverStats(trace)).toEqual({
      requestCount: 20,
      makespanMs: 25_000,
      throughputPerSec: 0.8,
      latencyMs: { min: 1250, p50: 12_500, p95: 23_750, p99: 25_000, max: 25_000 },
      // All 20 are sent at t = 0 (C = 50 > N): the client adds no wait, so both views agree.
      latencyFromSentMs: { min: 1250, p50: 12_500, p95: 23_750, p99: 25_000, max: 25_000 },
      peakInFlightAtClient: 20,
      peakWaitingAtServer: 19,
      peakBusyWorkers: 1,
      peakWaitingAtUpstream: 0,
      peakServedByUpstream: 1,
    });
  });

  it('counts calls waiting at a bounded upstream', async () => {
    const trace = await simulateServer(
      serverInput(
        { requests: 100, processes: 2, greenlets: 50, concurrency: 100, upstreamCap: 200 },
        { name: 'promise-all' },
      ),
    );
    const stats = serverStats(trace);
    expect(stats.peakServedByUpstream).toBe(200);
    expect(stats.peakWaitingAtUpstream).toBe(200);
    expect(stats.peakInFlightAtClient).toBe(100);
  });

  it('has no throughput for a run that took no time', async () => {
    const trace = await simulateServer(serverInput({ requests: 3 }, { name: 'sequential' }, []));
    expect(serverStats(trace).throughputPerSec).toBeNull();
  });
});
