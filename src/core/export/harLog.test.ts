import { describe, expect, it } from 'vitest';
import { parseUpstreamParams, UPSTREAM_PREFIX } from '../upstreamRequest.ts';
import type { ExportableRun } from './exportableRun.ts';
import { harLog, SIMULATED_COMMENT } from './harLog.ts';
import {
  fanOutRun,
  hedgedRun,
  liveRun,
  noisyLiveRun,
  retriedRun,
  serverRun,
  STARTED_AT_ISO,
} from './testing/exportFixtures.ts';
import { validateHar } from './testing/validateHar.ts';

const PAGE_URL = 'http://localhost:4173/overlap/?model=promise-all';

interface Entry {
  startedDateTime: string;
  time: number;
  comment?: string;
  _simulated?: boolean;
  _error?: string;
  request: { url: string; queryString: Array<{ name: string; value: string }> };
  response: { status: number; content: { size: number; text?: string } };
  timings: Record<string, number>;
}
interface Har {
  log: { version: string; comment?: string; _simulated?: boolean; entries: Entry[] };
}

function parsed(run: ExportableRun, runId?: string): Har {
  const doc = JSON.parse(
    harLog(run, { pageUrl: PAGE_URL, startedAtIso: STARTED_AT_ISO, runId }),
  ) as Har;
  expect(validateHar(doc)).toEqual([]);
  return doc;
}

describe('harLog', () => {
  it('writes a valid HAR 1.2 with one entry per call, marked as simulated for a virtual run', async () => {
    const har = parsed(await fanOutRun());
    expect(har.log.version).toBe('1.2');
    expect(har.log.comment).toContain(SIMULATED_COMMENT);
    expect(har.log).toHaveProperty('_simulated', true);
    expect(har.log.entries).toHaveLength(4);
    for (const entry of har.log.entries) {
      expect(entry).toMatchObject({ comment: SIMULATED_COMMENT, _simulated: true });
    }
  });

  it('gives each entry its queue wait as blocked and its time in flight as wait, summing to time', async () => {
    const { entries } = parsed(await fanOutRun()).log;
    expect(entries.map((e) => [e.timings['blocked'], e.timings['wait'], e.time])).toEqual([
      [0, 125, 125],
      [125, 250, 375],
      [375, 375, 750],
      [750, 500, 1250],
    ]);
    // Ready at the run's start, so each starts then; startedDateTime + time is the response.
    expect(new Set(entries.map((e) => e.startedDateTime))).toEqual(new Set([STARTED_AT_ISO]));
  });

  it('dates entries from the run start plus the instant each call was ready, sorted', async () => {
    const { entries } = parsed(await serverRun('lab=server&preset=talk-sync-basic&requests=3')).log;
    expect(entries.map((e) => e.startedDateTime)).toEqual([
      ...Array.from({ length: 4 }, () => '2025-01-02T03:04:05.000Z'),
      ...Array.from({ length: 4 }, () => '2025-01-02T03:04:06.250Z'),
      ...Array.from({ length: 4 }, () => '2025-01-02T03:04:07.500Z'),
    ]);
  });

  it('uses the URL the live transport builds, which the mocked services accept', async () => {
    const { entries } = parsed(await fanOutRun(), 'run7-abc').log;
    const url = new URL(entries[1]?.request.url ?? '');
    expect(url.origin).toBe('http://localhost:4173');
    expect(url.pathname).toBe(`${UPSTREAM_PREFIX}business`);
    const parsedParams = parseUpstreamParams('business', url.searchParams);
    expect(parsedParams).toEqual({
      ok: true,
      service: 'business',
      delayMs: 250,
      request: 0,
      index: 1,
      runId: 'run7-abc',
      attempt: 0,
      fault: null,
      retryAfterS: null,
      closeConnection: false,
    });
    expect(entries[1]?.request.queryString).toContainEqual({ name: 'ms', value: '250' });
    const text = '{"service":"business","index":1,"latencyMs":250}';
    expect(entries[1]?.response.content).toEqual({
      size: text.length,
      mimeType: 'application/json',
      text,
    });
  });

  it('marks nothing of a live run as simulated, asks for the compensated delay, and keeps aborts', () => {
    const har = parsed(liveRun());
    expect(JSON.stringify(har)).not.toContain('simulated');
    expect(har.log).not.toHaveProperty('_simulated');
    const [first, , , aborted] = har.log.entries;
    // Compensation 11 ms: the session call asked for 125 - 11 = 114 ms.
    expect(new URL(first?.request.url ?? '').searchParams.get('ms')).toBe('114');
    expect(first?.timings['wait']).toBe(125.8);
    // Where Chrome's DevTools puts it: on the response that never came.
    expect(aborted).toMatchObject({
      comment:
        'URL ms=489: the 500 ms latency, answered 11 ms early and held by the page until that ' +
        'latency had passed (compensation); aborted by the client: the run was stopped',
      response: { status: 0, statusText: '', _error: 'net::ERR_ABORTED' },
    });
  });

  it("labels what a live URL's ms= carries: the scenario's latency answered early, then held", () => {
    const [session] = parsed(noisyLiveRun()).log.entries;
    // The URL is the one sent: 125 ms asked 62 ms early (compensation) is ms=63.
    expect(new URL(session?.request.url ?? '').searchParams.get('ms')).toBe('63');
    expect(session).toMatchObject({
      _overlap: { latencyMs: 125, urlDelayMs: 63, answerEarlyMs: 62 },
    });
    expect(session?.comment).toBe(
      'URL ms=63: the 125 ms latency, answered 62 ms early and held by the page until that ' +
        'latency had passed (compensation)',
    );
  });

  it('labels a time-scaled live URL with the scale and the wall latency', () => {
    const run = liveRun();
    const live = run.live ? { ...run.live, timeScale: 5 } : null;
    const [session] = parsed({ ...run, live }).log.entries;
    // 125 experiment ms at 5x is 25 wall ms, asked 11 ms early.
    expect(new URL(session?.request.url ?? '').searchParams.get('ms')).toBe('14');
    expect(session).toMatchObject({
      _overlap: {
        latencyMs: 125,
        urlDelayMs: 14,
        answerEarlyMs: 11,
        timeScale: 5,
      },
    });
    expect(session?.comment).toMatch(
      /^URL ms=14: the 125 ms latency at time scale 5 \(25 wall ms\)/,
    );
  });

  it("writes a live run's timings to 0.1 ms, from its rounded times", () => {
    const { entries } = parsed(noisyLiveRun()).log;
    expect(entries.map((e) => [e.timings['blocked'], e.timings['wait'], e.time])).toEqual([
      [0.3, 125.6, 125.9],
      [0.5, 250, 250.5],
    ]);
    expect(entries[1]).toMatchObject({
      _overlap: {
        readyAtMs: 0,
        startedAtMs: 0.5,
        endedAtMs: 250.5,
      },
    });
  });

  it('gives a virtual entry its latency as the URL delay, asked no earlier', async () => {
    const [session] = parsed(await fanOutRun()).log.entries;
    expect(session).toMatchObject({
      _overlap: { latencyMs: 125, urlDelayMs: 125, answerEarlyMs: 0 },
    });
    expect(session?.comment).toBe(SIMULATED_COMMENT);
  });

  it('says what is wrong with a bad page URL, start time or run id', async () => {
    const run = await fanOutRun();
    const ok = { pageUrl: PAGE_URL, startedAtIso: STARTED_AT_ISO };
    expect(() => harLog(run, { ...ok, pageUrl: '/relative' })).toThrow(/not an absolute URL/);
    expect(() => harLog(run, { ...ok, startedAtIso: 'yesterday' })).toThrow(/ISO 8601/);
    expect(() => harLog(run, { ...ok, runId: 'a b' })).toThrow(/runId/);
  });
});

describe('validateHar', () => {
  it('reports missing required fields and timings that do not sum to time', () => {
    expect(validateHar({})).toContain('log is not an object');
    const entry = {
      startedDateTime: STARTED_AT_ISO,
      time: 10,
      request: {},
      response: {},
      cache: {},
      timings: { send: 0, wait: 5, receive: 0, blocked: 2 },
    };
    const problems = validateHar({
      log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [entry] },
    });
    expect(problems).toContain('log.entries[0].request.url is missing');
    expect(problems).toContain('log.entries[0].response.status is missing');
    expect(problems).toContain('log.entries[0].time is 10, but its timings sum to 7');
  });
});

describe('harLog with faults', () => {
  interface FullEntry extends Entry {
    response: Entry['response'] & {
      statusText: string;
      headers: Array<{ name: string; value: string }>;
      _error?: string;
    };
  }
  const entriesOf = (har: Har): FullEntry[] => har.log.entries as FullEntry[];
  const params = (entry: Entry | undefined): Record<string, string> =>
    Object.fromEntries(new URL(entry?.request.url ?? '').searchParams);

  it('makes a retried call one HAR entry per copy, with the status each got', async () => {
    const entries = entriesOf(parsed(await retriedRun()));
    const business = entries.filter((e) => e.request.url.includes('/business'));
    expect(
      business.map((e) => [
        e.startedDateTime,
        e.response.status,
        e.response.statusText,
        e.timings['blocked'],
        e.timings['wait'],
      ]),
    ).toEqual([
      [STARTED_AT_ISO, 500, 'Internal Server Error', 0, 250],
      ['2025-01-02T03:04:05.350Z', 429, 'Too Many Requests', 0, 5],
    ]);
    expect(business[1]?.response.headers).toEqual([{ name: 'Retry-After', value: '1' }]);
    // The URLs the live transport sends for these copies, which the mocked service answers so.
    expect(params(business[0])).toMatchObject({ ms: '250', attempt: '0', fault: 'error' });
    expect(params(business[1])).toMatchObject({
      ms: '5',
      attempt: '1',
      fault: 'busy',
      retryAfter: '1',
    });
    const parsedParams = parseUpstreamParams(
      'business',
      new URL(business[1]?.request.url ?? '').searchParams,
    );
    expect(parsedParams).toMatchObject({ ok: true, attempt: 1, fault: 'busy', retryAfterS: 1 });
    expect(entries).toHaveLength(3);
  });

  it("writes a copy the client timed out as status 0 with Chrome's net::ERR_ABORTED and why", async () => {
    const run = await fanOutRun('model=promise-all&hang=session:100&timeout=1000');
    const [session] = entriesOf(parsed(run));
    expect(session).toMatchObject({
      comment: `${SIMULATED_COMMENT}; aborted by the client: timeout`,
      time: 1000,
      response: { status: 0, statusText: '', _error: 'net::ERR_ABORTED', headers: [] },
    });
    // Its answer never came, but the URL still carries the fault the planner gave it.
    expect(params(session)).toMatchObject({ ms: '10000', attempt: '0', fault: 'hang' });
  });

  it("writes a hedged call's withdrawn copy as aborted and the hedge that won as 200", async () => {
    const entries = entriesOf(parsed(await hedgedRun()));
    const business = entries.filter((e) => e.request.url.includes('/business'));
    expect(
      business.map((e) => [e.startedDateTime, e.response.status, e.time, params(e)['attempt']]),
    ).toEqual([
      [STARTED_AT_ISO, 0, 650, '0'],
      ['2025-01-02T03:04:05.150Z', 200, 500, '1'],
    ]);
    expect(business[0]?.comment).toMatch(/aborted by the client: cancelled/);
  });

  it('writes no entry for a call that was never sent', async () => {
    // Sequential and fail-fast: session fails, the three calls after it are skipped.
    const entries = entriesOf(parsed(await fanOutRun('seed=4&error=*:40')));
    expect(entries.map((e) => [new URL(e.request.url).pathname, e.response.status])).toEqual([
      [`${UPSTREAM_PREFIX}session`, 500],
    ]);
  });
});
