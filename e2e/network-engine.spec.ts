import { expect, type Page } from '@playwright/test';
import { NETWORK_PORT } from '../playwright.config.ts';
import { test } from './fixtures.ts';

// The network engine (docs/network.md) against Overlap's own server, started by the Playwright
// config on OVERLAP_E2E_PORT + 3 (HTTP/1.1, which also serves the app) and + 4 (HTTP/2, TLS with
// a self-signed certificate that only this spec's browser context accepts). Times are real, so
// waves are compared by causality (who waited for whom), never against a fixed window.

const NETWORK_URL = `http://localhost:${NETWORK_PORT}`;

/** One call as the span table gives it, with its wire phases (exact ms). */
interface WireRow {
  readonly number: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly state: string;
  readonly copies: string;
  readonly queuedMs: number;
  readonly connectMs: number;
  readonly waitingMs: number;
  readonly downloadMs: number;
  readonly protocol: string;
  /** When its request went out (the end of its browser queue and set-up). */
  readonly requestAtMs: number;
  /** When its last byte arrived. */
  readonly answeredAtMs: number;
}

const ms = (text: string | undefined): number => Number((text ?? '').replaceAll(',', ''));

/** Opens the span table and reads every row with its Wire cell. */
async function wireRows(page: Page): Promise<WireRow[]> {
  const summary = page.getByText('Spans as a table');
  const details = page.locator('details', { has: summary });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
  await expect(page.getByTestId('span-wire').first()).toBeVisible();
  const rows = await page
    .getByTestId('span-row')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
    );
  return rows.map((cells) => {
    const wire =
      /queued ([\d,.]+) · set-up ([\d,.]+) · waiting ([\d,.]+) · download ([\d,.]+)(?: · (.+))?/.exec(
        cells[10] ?? '',
      );
    if (!wire) throw new Error(`call #${cells[0]} has no wire phases: ${JSON.stringify(cells)}`);
    const startMs = ms(cells[4]);
    const [queuedMs, connectMs, waitingMs, downloadMs] = [1, 2, 3, 4].map((k) => ms(wire[k]));
    const requestAtMs = startMs + (queuedMs ?? 0) + (connectMs ?? 0);
    return {
      number: Number(cells[0]),
      startMs,
      endMs: ms(cells[5]),
      state: cells[8] ?? '',
      copies: cells[9] ?? '',
      queuedMs: queuedMs ?? 0,
      connectMs: connectMs ?? 0,
      waitingMs: waitingMs ?? 0,
      downloadMs: downloadMs ?? 0,
      protocol: wire[5] ?? '',
      requestAtMs,
      answeredAtMs: requestAtMs + (waitingMs ?? 0) + (downloadMs ?? 0),
    };
  });
}

/** Opens the lab on Overlap's server and waits until the network engine can run. */
async function openNetwork(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole('radio', { name: /^Network\b/ })).toBeEnabled();
  await expect(page.getByTestId('run-button')).toContainText('real network');
}

async function run(page: Page): Promise<void> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 20_000 });
}

test.describe('the network engine on Overlap’s server', () => {
  test.use({ baseURL: NETWORK_URL, ignoreHTTPSErrors: true });

  test('twelve 500 ms calls all at once over HTTP/1.1 end in two waves: the browser opens six connections', async ({
    page,
  }) => {
    await openNetwork(page, '?model=promise-all&calls=500*12&engine=network&protocol=http1');
    await run(page);
    const rows = await wireRows(page);
    expect(rows.map((row) => row.state)).toEqual(Array(12).fill('done'));
    expect(new Set(rows.map((row) => row.protocol))).toEqual(new Set(['http/1.1']));
    // Six requests went out at once; the other six waited in the browser for a connection.
    const byRequest = [...rows].sort((a, b) => a.requestAtMs - b.requestAtMs);
    const first = byRequest.slice(0, 6);
    const second = byRequest.slice(6);
    // A connection is free again once its answer has come (a 40-byte answer arrives with its first
    // byte; the browser stamps the last byte's arrival later, in the page, so that is no bound).
    const firstAnswerMs = Math.min(...first.map((row) => row.requestAtMs + row.waitingMs));
    // Within 1 % of a call's own wait: each call's phases are measured from its own send, which
    // trails its span's start by the page's work on the calls sent before it (fetch()'s own cost).
    const slackMs = Math.min(...first.map((row) => row.waitingMs)) / 100;
    for (const row of second) {
      // Every call of the second wave was sent only once a first-wave call had its answer.
      expect(row.requestAtMs, JSON.stringify(row)).toBeGreaterThanOrEqual(firstAnswerMs - slackMs);
    }
    // The 7th call (list order: the browser queues the fetches past six) waited out the first wave.
    const seventh = rows[6] as WireRow;
    expect(second).toContain(seventh);
    expect(seventh.startMs + seventh.queuedMs).toBeGreaterThanOrEqual(firstAnswerMs - slackMs);
    // The timeline's key names the browser's queue and the protocol.
    const key = page.getByRole('list', { name: 'Key to the wire phases on the timeline' });
    await expect(key).toContainText('queued in the browser');
    await expect(key).toContainText('over http/1.1');
    await expect(page.getByTestId('run-button')).toContainText('HTTP/1.1');
  });

  test('the same twelve calls over HTTP/2 share one connection and end in one wave', async ({
    page,
  }) => {
    await openNetwork(page, '?model=promise-all&calls=500*12&engine=network&protocol=h2');
    // The page's service worker (MSW's, paused) controls it: its requests would all pass through.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await run(page);
    const rows = await wireRows(page);
    expect(rows.map((row) => row.state)).toEqual(Array(12).fill('done'));
    expect(new Set(rows.map((row) => row.protocol))).toEqual(new Set(['h2']));
    // The worker's static route (public/overlapWorker.js) sent every call straight to the
    // network: the worker never saw them, so none paid its fetch event in the browser's queue.
    const routed = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('via=network'))
        .map(
          (entry) =>
            (entry as PerformanceResourceTiming & { workerMatchedSourceType?: string })
              .workerMatchedSourceType,
        ),
    );
    expect(routed).toEqual(Array(12).fill('network'));
    // One wave: every request was out before any answer came back.
    const lastRequestMs = Math.max(...rows.map((row) => row.requestAtMs));
    const firstAnswerMs = Math.min(...rows.map((row) => row.answeredAtMs));
    expect(lastRequestMs).toBeLessThan(firstAnswerMs);
    await expect(
      page.getByRole('list', { name: 'Key to the wire phases on the timeline' }),
    ).toContainText('over h2');
  });

  test('planned faults come back as in live mode: 500, 504 after the hang, 429', async ({
    page,
  }) => {
    await openNetwork(
      page,
      '?model=promise-all&calls=a:60,b:120,c:240&hang=a:100&hangFor=300&error=b:100&busy=c:100' +
        '&settle=allSettled&engine=network',
    );
    await run(page);
    const rows = await wireRows(page);
    expect(rows.map((row) => [row.state, row.copies])).toEqual([
      ['failed', '1: hung 504'],
      ['failed', '1: error 500'],
      ['failed', '1: busy 429'],
    ]);
    // The hung call's 504 came after its hang, not after its 60 ms latency: it ended last.
    const [hung, error] = rows as [WireRow, WireRow, WireRow];
    expect(hung.endMs).toBeGreaterThan(error.endMs);
    await expect(page.getByTestId('request-outcome')).toContainText('partial');
  });

  test('a timeout aborts hung calls at the deadline, long before their hang is over', async ({
    page,
  }) => {
    await openNetwork(
      page,
      '?model=promise-all&calls=50,50,50&hang=*:100&hangFor=5000&timeout=200&settle=allSettled' +
        '&engine=network',
    );
    await run(page);
    const makespanMs = Number(await page.getByTestId('makespan-ms').getAttribute('data-value'));
    // Not before the deadline, and the 5 s hangs were not waited out.
    expect(makespanMs).toBeGreaterThanOrEqual(200);
    expect(makespanMs).toBeLessThan(5000 / 2);
    const summary = page.getByText('Spans as a table');
    await summary.click();
    const states = await page
      .getByTestId('span-row')
      .evaluateAll((trs) => trs.map((tr) => tr.children[8]?.textContent ?? ''));
    expect(states).toEqual(['timed out', 'timed out', 'timed out']);
  });

  test('autorun=1 on a network link waits for the server to be found, then runs on the real network', async ({
    page,
    context,
  }) => {
    // The probe for Overlap's server answers late, as on a slow first load: an autorun that did
    // not wait for it ran the virtual stand-in and said the server was missing (seen in a slide).
    await context.route('**/__overlap/network', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/?model=promise-all&calls=50*12&engine=network&autorun=1&embed=1');
    await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 20_000 });
    await expect(
      page.getByText('Real network: times are what the browser measured.'),
    ).toBeVisible();
    await expect(page.getByText('The virtual engine ran this instead')).toHaveCount(0);
    // Twelve real calls went over the wire (the network transport marks them via=network; the
    // stand-in sends none, and the mock worker's warm-up calls are not marked).
    const sent = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/upstream/') && entry.name.includes('via=network'))
        .map((entry) => (entry as PerformanceResourceTiming).nextHopProtocol),
    );
    expect(sent).toEqual(Array(12).fill('http/1.1'));
  });

  test('choosing Live again starts the mock worker again: its calls are answered in the page', async ({
    page,
  }) => {
    await openNetwork(page, '?model=promise-all&calls=80,80&engine=network');
    await expect(page.getByTestId('worker-status')).toContainText('paused');
    await run(page);
    await page.getByRole('radio', { name: /^Live\b/ }).check();
    await expect(page.getByTestId('worker-status')).toHaveText('ready');
    await run(page);
    // An answer the worker made opened no connection: no protocol on its Resource Timing entry
    // (the network run's entries say http/1.1).
    const protocols = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/upstream/'))
        .map((entry) => (entry as PerformanceResourceTiming).nextHopProtocol),
    );
    expect(protocols.slice(0, 2)).toEqual(['http/1.1', 'http/1.1']);
    expect(protocols.slice(-2)).toEqual(['', '']);
  });
});

test('a static build shows the network engine unavailable with one sentence, and still runs', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=promise-all&calls=500*12&engine=network');
  const network = lab.page.getByRole('radio', { name: /^Network\b/ });
  await expect(network).toBeDisabled();
  await expect(lab.page.locator('.choice', { has: network })).toContainText(
    "The network engine needs Overlap's own server: run `npm start` and open http://localhost:4180.",
  );
  // Never a failing run: the virtual engine stands in, with the browser's six connections.
  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(1000);
  await expect(lab.page.getByText('The virtual engine ran this instead')).toBeVisible();
});
