import { describe, expect, it } from 'vitest';
import { chromeTrace } from './chromeTrace.ts';
import { harLog } from './harLog.ts';
import { runCsv } from './runCsv.ts';
import { runJson } from './runJson.ts';
import { parseCsv } from './testing/parseCsv.ts';
import { fanOutRun, STARTED_AT_ISO } from './testing/exportFixtures.ts';

const TWELVE = 'model=promise-all&calls=500*12';
const HAR_OPTIONS = { pageUrl: 'http://localhost:4173/', startedAtIso: STARTED_AT_ISO };

interface HarEntry {
  time: number;
  timings: Record<string, number>;
  request: { httpVersion: string };
  response: { httpVersion: string };
}

async function harEntries(query: string): Promise<HarEntry[]> {
  const har = JSON.parse(harLog(await fanOutRun(query), HAR_OPTIONS)) as {
    log: { entries: HarEntry[] };
  };
  return har.log.entries;
}

describe('the exports of a run with wire phases', () => {
  it("writes the HAR's blocked, connect, wait and receive from the phases: call 7 waited 500 ms", async () => {
    const entries = await harEntries(`${TWELVE}&connections=6`);
    expect(entries[0]?.timings).toMatchObject({ blocked: 0, connect: 0, wait: 500, receive: 0 });
    expect(entries[6]?.timings).toMatchObject({ blocked: 500, connect: 0, wait: 500, receive: 0 });
    expect(entries[6]?.time).toBe(1000);
    expect(entries[6]?.request.httpVersion).toBe('HTTP/1.1');
  });

  it("writes h2's version on its entries, and keeps today's timings without phases", async () => {
    const h2 = await harEntries(`${TWELVE}&engine=network&protocol=h2`);
    expect(h2[6]?.request.httpVersion).toBe('HTTP/2.0');
    expect(h2[6]?.response.httpVersion).toBe('HTTP/2.0');
    const plain = await harEntries(TWELVE);
    expect(plain[6]?.timings).toEqual({
      blocked: 0,
      dns: -1,
      connect: -1,
      send: 0,
      wait: 500,
      receive: 0,
      ssl: -1,
    });
  });

  it('adds the phase columns to the CSV only when the run has phases', async () => {
    const capped = parseCsv(runCsv(await fanOutRun(`${TWELVE}&connections=6`)));
    const header = capped[0] ?? [];
    const row = Object.fromEntries(header.map((name, k) => [name, capped[7]?.[k]]));
    expect(row).toMatchObject({
      queued_ms: '0',
      browser_queued_ms: '500',
      connect_ms: '0',
      waiting_ms: '500',
      download_ms: '0',
      protocol: 'http/1.1',
    });
    const plain = parseCsv(runCsv(await fanOutRun(TWELVE)));
    expect(plain[0]).not.toContain('browser_queued_ms');
  });

  it("keeps each call's phases in the JSON and draws them as nested slices in the trace", async () => {
    const run = await fanOutRun(`${TWELVE}&connections=6`);
    const json = JSON.parse(runJson(run)) as { calls: Array<{ wire?: object }> };
    expect(json.calls[6]?.wire).toEqual({
      queuedMs: 500,
      connectMs: 0,
      waitingMs: 500,
      downloadMs: 0,
      protocol: 'http/1.1',
    });
    const events = (
      JSON.parse(chromeTrace(run)) as {
        traceEvents: Array<{ name: string; cat: string; ts: number; dur: number; tid: number }>;
      }
    ).traceEvents.filter((event) => event.cat === 'wire' && event.tid === 2 + 6);
    expect(events.map((e) => [e.name, e.ts, e.dur])).toEqual([
      ['queued in the browser', 0, 500_000],
      ['waiting for the answer', 500_000, 500_000],
    ]);
  });
});
