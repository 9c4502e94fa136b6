import { describe, expect, it } from 'vitest';
import { REQUESTS_CSV_HEADER, requestsCsv, RUN_CSV_HEADER, runCsv } from './runCsv.ts';
import {
  fanOutRun,
  hedgedRun,
  liveRun,
  noisyLiveRun,
  retriedRun,
  serverRun,
  serverRunWithReturnTrip,
} from './testing/exportFixtures.ts';
import { parseCsv } from './testing/parseCsv.ts';

/** The CSV as objects keyed by its header, read with a strict RFC 4180 reader. */
function records(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((fields) =>
    Object.fromEntries((header ?? []).map((name, k) => [name, fields[k] ?? ''])),
  );
}

describe('runCsv', () => {
  it('writes one row per call under the header, with queued and in-flight times', async () => {
    const text = runCsv(await fanOutRun('model=worker-pool'));
    expect(parseCsv(text)[0]).toEqual([...RUN_CSV_HEADER]);
    expect(records(text)).toEqual([
      row(0, 'session', 125, 0, 0, 125),
      row(1, 'business', 250, 0, 0, 250),
      row(2, 'user', 375, 0, 125, 500),
      row(3, 'reviews', 500, 0, 250, 750),
    ]);
  });

  it('writes fractional times and an aborted call as such', () => {
    const rows = records(runCsv(liveRun()));
    expect(rows[0]).toMatchObject({ start_ms: '0.4', end_ms: '126.2', in_flight_ms: '125.8' });
    expect(rows[3]).toMatchObject({ status: 'aborted', in_flight_ms: '299.4' });
  });

  it("writes a live run's times to 0.1 ms, its waits and times in flight from those", () => {
    const rows = records(runCsv(noisyLiveRun()));
    expect(rows.map((r) => [r['ready_ms'], r['start_ms'], r['end_ms']])).toEqual([
      ['0', '0.3', '125.9'],
      ['0', '0.5', '250.5'],
    ]);
    // 0.46 - 0.05 is 0.41, but the row says 0 and 0.5: its wait is 0.5.
    expect(rows.map((r) => [r['queued_ms'], r['in_flight_ms']])).toEqual([
      ['0.3', '125.6'],
      ['0.5', '250'],
    ]);
  });

  it("lists every request's calls of a server run, in request order", async () => {
    const rows = records(runCsv(await serverRun('lab=server&preset=talk-sync-processes')));
    expect(rows).toHaveLength(80);
    expect(rows.map((r) => r['request'])).toEqual(
      Array.from({ length: 80 }, (_, k) => String(Math.floor(k / 4))),
    );
    // Request 4 waited for a worker until 1250 ms, then ran its calls one after another.
    expect(rows[16]).toMatchObject({ request: '4', index: '0', start_ms: '1250', end_ms: '1375' });
  });
});

describe('requestsCsv', () => {
  it('is null for a fan-out run', async () => {
    expect(requestsCsv(await fanOutRun())).toBeNull();
  });

  it('writes one row per request with its worker and client-side latency', async () => {
    const text = requestsCsv(await serverRun('lab=server&preset=talk-sync-processes')) ?? '';
    expect(parseCsv(text)[0]).toEqual([...REQUESTS_CSV_HEADER]);
    const rows = records(text);
    expect(rows).toHaveLength(20);
    expect(rows[5]).toEqual({
      index: '5',
      intended_ms: '0',
      sent_ms: '0',
      started_ms: '1250',
      freed_ms: '2500',
      ended_ms: '2500',
      worker: '1',
      process: '1',
      latency_ms: '2500',
    });
  });
});

function row(
  index: number,
  service: string,
  latency: number,
  ready: number,
  start: number,
  end: number,
): Record<string, string> {
  return {
    request: '0',
    index: String(index),
    service,
    latency_ms: String(latency),
    ready_ms: String(ready),
    start_ms: String(start),
    end_ms: String(end),
    queued_ms: String(start - ready),
    in_flight_ms: String(end - start),
    status: 'ok',
    copies: '1',
    outcomes: 'ok',
  };
}

describe('runCsv with faults', () => {
  it("gives each call its status, how many copies it sent and each copy's outcome", async () => {
    const rows = records(runCsv(await retriedRun()));
    expect(rows.map((r) => [r['service'], r['status'], r['copies'], r['outcomes']])).toEqual([
      ['session', 'ok', '1', 'ok'],
      ['business', 'failed', '2', 'error;busy'],
    ]);
  });

  it('lists a hedge copy in the order sent, marked as a hedge', async () => {
    const rows = records(runCsv(await hedgedRun()));
    expect(rows[1]).toMatchObject({ status: 'ok', copies: '2', outcomes: 'cancelled;hedge:ok' });
  });

  it('writes a skipped call as sending no copy', async () => {
    const rows = records(runCsv(await fanOutRun('seed=4&error=*:40')));
    expect(rows.map((r) => [r['status'], r['copies'], r['outcomes']])).toEqual([
      ['failed', '1', 'error'],
      ['skipped', '0', ''],
      ['skipped', '0', ''],
      ['skipped', '0', ''],
    ]);
  });
});

describe('requestsCsv of a server run whose answers travel back', () => {
  it('writes when the worker was freed beside when the client got the answer', async () => {
    const text =
      requestsCsv(await serverRunWithReturnTrip('lab=server&preset=talk-sync-processes', 10)) ?? '';
    expect(records(text)[5]).toMatchObject({ freed_ms: '2490', ended_ms: '2500' });
  });
});
