import { NETWORK_H2_PORT, NETWORK_PORT } from '../playwright.config.ts';
// Not the app's fixtures: no app runs here, and the refused call's 400 is logged by design.
import { expect, type Page, test } from '@playwright/test';

// The real upstream of `npm start` (src/server), seen from Chromium: a page at the HTTP/1.1
// origin (its JSON route, so no app and no MSW worker stands between the fetches and the
// network) calls both origins. The self-signed certificate is accepted by this browser only.
test.use({ ignoreHTTPSErrors: true });

const HTTP1 = `http://localhost:${NETWORK_PORT}`;
const H2 = `https://localhost:${NETWORK_H2_PORT}`;

interface Timed {
  readonly status: number;
  readonly protocol: string;
  readonly startMs: number;
  /** When the request went out on a connection (after any wait for one). */
  readonly requestStartMs: number;
  readonly endMs: number;
}

/** Sends `count` calls of `ms` at once from the page to `origin`; their Resource Timing. */
function sendAtOnce(
  page: Page,
  calls: { origin: string; count: number; ms: number; tag: string },
): Promise<Timed[]> {
  return page.evaluate(async ({ origin, count, ms, tag }) => {
    const urls = Array.from(
      { length: count },
      (_, index) => `${origin}/upstream/s?ms=${ms}&index=${index}&run=${tag}`,
    );
    const statuses = await Promise.all(
      urls.map(async (url) => {
        const response = await fetch(url, { cache: 'no-store' });
        // Resource Timing records a call once its body is read.
        await response.text();
        return response.status;
      }),
    );
    // Entries are queued a moment after each body is read.
    const entryOf = (url: string) =>
      performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined;
    for (let waits = 0; waits < 100 && !urls.every(entryOf); waits += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return urls.map((url, index) => {
      const entry = entryOf(url);
      if (entry === undefined) throw new Error(`no Resource Timing entry for ${url}`);
      return {
        status: statuses[index] ?? 0,
        protocol: entry.nextHopProtocol,
        startMs: entry.startTime,
        requestStartMs: entry.requestStart,
        endMs: entry.responseEnd,
      };
    });
  }, calls);
}

test.beforeEach(async ({ page }) => {
  await page.goto(`${HTTP1}/__overlap/network`);
});

test('the page finds both origins, and the server refuses a malformed latency with a 400 and a message', async ({
  page,
}) => {
  expect(JSON.parse((await page.locator('body').textContent()) ?? '')).toEqual({
    http1: HTTP1,
    h2: H2,
  });
  const refused = await page.evaluate(async (h2) => {
    const response = await fetch(`${h2}/upstream/s?ms=abc`);
    return { status: response.status, body: (await response.json()) as { error: string } };
  }, H2);
  expect(refused.status).toBe(400);
  expect(refused.body.error).toMatch(/"ms" query parameter must be a whole number/);
});

test('twelve calls at once: two waves over HTTP/1.1 (six connections), one over h2', async ({
  page,
}) => {
  const http1 = await sendAtOnce(page, { origin: HTTP1, count: 12, ms: 400, tag: 'h1' });
  const h2 = await sendAtOnce(page, { origin: H2, count: 12, ms: 400, tag: 'h2' });
  expect(new Set(http1.map((call) => call.protocol))).toEqual(new Set(['http/1.1']));
  expect(new Set(h2.map((call) => call.protocol))).toEqual(new Set(['h2']));
  expect([...http1, ...h2].every((call) => call.status === 200)).toBe(true);
  // Causality, not durations (the machine may be loaded): over HTTP/1.1 six requests go out at
  // once and the 7th only once an answer has freed a connection; over h2 all twelve go out before
  // the first answer. (1 ms: Resource Timing's clamped timestamps.)
  const requestStarts = (calls: readonly Timed[]) =>
    calls.map((call) => call.requestStartMs).sort((a, b) => a - b);
  const firstAnswer = (calls: readonly Timed[]) => Math.min(...calls.map((call) => call.endMs));
  const http1Starts = requestStarts(http1);
  expect(http1Starts.slice(0, 6).every((at) => at < firstAnswer(http1))).toBe(true);
  expect(http1Starts[6]).toBeGreaterThanOrEqual(firstAnswer(http1) - 1);
  expect(requestStarts(h2).every((at) => at < firstAnswer(h2))).toBe(true);
});
