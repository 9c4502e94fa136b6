import type { Page } from '@playwright/test';
import type { Row } from './networkRows.ts';

/** One run of a row's calls from the page: its makespan and the protocols the calls used. */
export function runOnce(
  page: Page,
  origin: string,
  row: Row,
  tag: string,
): Promise<{
  makespanMs: number;
  protocols: string[];
  waitOverMs: number[];
  connectMs: number[];
}> {
  return page.evaluate(
    // No named inner functions: tsx's keepNames would wrap them in a helper the page lacks.
    async ({ origin: base, latencies, allAtOnce, run, close }) => {
      const urls = latencies.map(
        (ms, index) =>
          `${base}/upstream/s${index}?ms=${ms}&index=${index}&run=${run}${close ? '&close=1' : ''}`,
      );
      const startedAt = performance.now();
      if (allAtOnce) {
        await Promise.all(
          urls.map(async (url) => (await fetch(url, { cache: 'no-store' })).text()),
        );
      } else {
        for (const url of urls) await (await fetch(url, { cache: 'no-store' })).text();
      }
      const makespanMs = performance.now() - startedAt;
      // Resource Timing entries are queued a moment after each body is read.
      for (let waits = 0; waits < 50; waits += 1) {
        if (urls.every((url) => performance.getEntriesByName(url).length > 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const entries = urls.map(
        (url) => performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined,
      );
      const protocols = entries.map((entry) => entry?.nextHopProtocol ?? '?');
      // Request sent to first byte, over the latency asked for: the server's and the wire's share.
      const waitOverMs = entries.map((entry, index) =>
        entry === undefined
          ? Number.NaN
          : entry.responseStart - entry.requestStart - (latencies[index] ?? 0),
      );
      // Connection set-up (TCP, and TLS for h2): 0 when a kept-alive connection was reused.
      const connectMs = entries.map((entry) =>
        entry === undefined ? Number.NaN : entry.connectEnd - entry.connectStart,
      );
      performance.clearResourceTimings();
      return { makespanMs, protocols, waitOverMs, connectMs };
    },
    {
      origin,
      latencies: [...row.latenciesMs],
      allAtOnce: row.allAtOnce,
      run: tag,
      close: row.close === true,
    },
  );
}

/**
 * The fixed cost of one call: the median round trip of a 0 ms call (fetch(), the browser's IPC to
 * its network service, the socket, the server, the body read), from a warm page; `count` calls
 * one after another.
 */
export function zeroCallRoundTripMs(page: Page, origin: string, count: number): Promise<number> {
  return page.evaluate(
    async ({ base, n }) => {
      const times: number[] = [];
      for (let index = 0; index < n; index += 1) {
        const startedAt = performance.now();
        await (await fetch(`${base}/upstream/zero?ms=0&index=0&run=rt${index}`)).text();
        times.push(performance.now() - startedAt);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? Number.NaN;
    },
    { base: origin, n: count },
  );
}

/** One run from the lab's Run button: the makespan the lab shows (its exact data-value). */
export async function appRun(page: Page): Promise<number> {
  await page.getByTestId('run-button').click();
  await page.getByTestId('run-status').filter({ hasText: 'done' }).waitFor({ timeout: 30_000 });
  return Number(await page.getByTestId('makespan-ms').getAttribute('data-value'));
}
