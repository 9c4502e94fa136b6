/**
 * Live timing-fidelity benchmark (not a test). Builds the app, serves it with `vite preview`, and
 * in headless Chromium (the real MSW service worker) runs the talk's four calls (125, 250, 375,
 * 500 ms) live under `sequential` (ideal 1250 ms) and `promise-all` (ideal 500 ms), with the
 * calibration's compensation on and off, beside a baseline in the same page: plain setTimeout
 * chains of the same delays (no fetch, no MSW). Prints, per configuration, the median makespan,
 * its error over the ideal, and the median per-call error |measured in flight - latency|.
 * Target (issue 13): with compensation, makespan within 0.5% of ideal and per-call error median
 * under 1 ms, on the first run of a fresh page as on warm runs.
 * Method: warm rows: RUNS runs per configuration in one page. First-run rows: FIRST_RUNS fresh
 * pages, each in a new browser context (its own service worker, cold JIT), each running once
 * when its calibration line shows (as a person would click Run); their calibrations are printed
 * too (overhead, spread, attempts, the page's capacity). All read from the lab's own numbers and
 * span table. OVERLAP_BENCH_PORT sets the preview port (default 5198).
 * Then (bench/liveSweep.ts, bench/liveServerRows.ts): the rate sweep (live over virtual with the
 * automatic time scale and at real time), the four failure lessons' claims live, and the talk's
 * gevent rows at the planner's scale. SECTIONS=talk,sweep,lessons,server picks sections.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { formatLiveServerRow, GEVENT_ROWS, liveServerRows } from './liveServerRows.ts';
import { lessonClaims, rateSweep } from './liveSweep.ts';
import { median } from './median.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const FIRST_RUNS = Number(process.env['FIRST_RUNS'] ?? 5);
const IDEAL_MS = { sequential: 1250, 'promise-all': 500 } as const;
const LATENCIES_MS = [125, 250, 375, 500];
/** The preview server's port; set OVERLAP_BENCH_PORT when another bench or e2e run holds 5198. */
const PORT = Number(process.env['OVERLAP_BENCH_PORT'] ?? 5198);
/** Live runs per cell of the rate sweep and per gevent row (each can take a minute when slowed). */
const SWEEP_RUNS = Number(process.env['SWEEP_RUNS'] ?? 3);
/**
 * Which sections run (comma-separated; default all): talk (the four calls, warm and first
 * runs), sweep (the rate sweep), lessons (the four failure lessons), server (the gevent rows).
 */
const SECTIONS = new Set(
  (process.env['SECTIONS'] ?? 'talk,sweep,lessons,server').split(',').map((name) => name.trim()),
);

/** One live run from the lab's interface: its makespan and each call's time in flight. */
async function liveRun(page: Page): Promise<{ makespanMs: number; inFlightMs: number[] }> {
  await page.getByTestId('run-button').click();
  await page.getByTestId('run-status').filter({ hasText: 'done' }).waitFor({ timeout: 20_000 });
  // The exact figure: the text is grouped and rounded ("1,250").
  const makespanMs = Number(await page.getByTestId('makespan-ms').getAttribute('data-value'));
  // The span table's rows exist only while it is open.
  const details = page.locator('details', { has: page.getByText('Spans as a table') });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await page.getByText('Spans as a table').click();
  }
  await page.getByTestId('span-row').first().waitFor();
  const rows = await page
    .getByTestId('span-row')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (td) => (td.textContent ?? '').replace(/,/g, ''))),
    );
  // Columns: #, service, latency, ready, start, end, queued, in flight (ms, grouped).
  const inFlightMs = rows.map((cells) => Number(cells[7]));
  return { makespanMs, inFlightMs };
}

/** The same delays with plain timers in the page: what the browser itself adds. */
function baseline(
  page: Page,
  parallel: boolean,
): Promise<{ makespanMs: number; inFlightMs: number[] }> {
  return page.evaluate(
    // No named inner functions: tsx's keepNames would wrap them in a helper the page lacks.
    async ({ latencies, parallel: allAtOnce }) => {
      const t0 = performance.now();
      const inFlightMs: number[] = [];
      if (allAtOnce) {
        inFlightMs.push(
          ...(await Promise.all(
            latencies.map(async (ms) => {
              const start = performance.now();
              await new Promise((resolve) => setTimeout(resolve, ms));
              return performance.now() - start;
            }),
          )),
        );
      } else {
        for (const ms of latencies) {
          const start = performance.now();
          await new Promise((resolve) => setTimeout(resolve, ms));
          inFlightMs.push(performance.now() - start);
        }
      }
      return { makespanMs: performance.now() - t0, inFlightMs };
    },
    { latencies: LATENCIES_MS, parallel },
  );
}

function report(
  label: string,
  idealMs: number,
  runs: Array<{ makespanMs: number; inFlightMs: number[] }>,
) {
  const makespan = median(runs.map((r) => r.makespanMs));
  const callErrors = runs.flatMap((r) =>
    r.inFlightMs.map((ms, i) => Math.abs(ms - (LATENCIES_MS[i] ?? 0))),
  );
  const errorPct = ((makespan - idealMs) / idealMs) * 100;
  console.log(
    `${label.padEnd(44)} ${makespan.toFixed(1).padStart(8)} ms  ${errorPct >= 0 ? '+' : ''}${errorPct.toFixed(2).padStart(5)} %  ` +
      `${median(callErrors).toFixed(2).padStart(6)} ms`,
  );
}

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
/** The machine's 1-, 5- and 15-minute load averages: live timings share its cores. */
function loadLine(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

/** The calibration line, once measured: "mock overhead 9.8 ms ± 1 ms, compensated; …". */
async function calibrationLine(page: Page): Promise<string> {
  const line = page.getByText(/mock overhead [\d.]+ ms/).first();
  await line.waitFor({ timeout: 20_000 });
  return (await line.textContent()) ?? '';
}

/** "9.8 ms ± 1 ms, 420/s at most": the figures of a calibration line (and "unsteady after 3"). */
function calibrationFigures(line: string): string {
  const overhead = line.match(/overhead ([\d.]+ ms ± [\d.]+ ms)/)?.[1] ?? '?';
  const tries = line.match(/over (\d+) measurements/)?.[1];
  const ceiling = line.match(/\((\d[\d,]*) at most\)/)?.[1] ?? '?';
  return `${overhead}${tries ? `, unsteady after ${tries}` : ''}, ${ceiling}/s at most`;
}

try {
  const page = await browser.newPage();
  const origin = `http://localhost:${PORT}/`;
  console.log(
    `Chromium ${browser.version()}, ${RUNS} warm runs per row (one page), ${FIRST_RUNS} first ` +
      'runs per first-run row (each a fresh page in a new context), medians; ' +
      `load average ${loadLine()}`,
  );
  console.log(
    `${'configuration'.padEnd(44)} ${'makespan'.padStart(11)}  ${'vs ideal'.padStart(7)}  per-call error`,
  );
  if (SECTIONS.has('talk')) {
    const calibrations: string[] = [];
    for (const model of ['sequential', 'promise-all'] as const) {
      await page.goto(origin);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const base = [];
      for (let r = 0; r < RUNS; r += 1) base.push(await baseline(page, model === 'promise-all'));
      report(`${model}: setTimeout baseline`, IDEAL_MS[model], base);
      for (const compensate of [1, 0]) {
        await page.goto(`${origin}?model=${model}&engine=live&compensate=${compensate}`);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const calibration = await calibrationLine(page);
        const runs = [];
        for (let r = 0; r < RUNS; r += 1) runs.push(await liveRun(page));
        report(
          `${model}: live, compensation ${compensate ? 'on ' : 'off'} (${calibration.match(/[\d.]+ ms/)?.[0] ?? '?'})`,
          IDEAL_MS[model],
          runs,
        );
      }
      const firstRuns = [];
      for (let r = 0; r < FIRST_RUNS; r += 1) {
        const context = await browser.newContext();
        try {
          const fresh = await context.newPage();
          await fresh.goto(`${origin}?model=${model}&engine=live&compensate=1`);
          const line = await calibrationLine(fresh);
          calibrations.push(calibrationFigures(line));
          firstRuns.push(await liveRun(fresh));
        } finally {
          await context.close();
        }
      }
      report(`${model}: live, first run of a fresh page`, IDEAL_MS[model], firstRuns);
    }
    console.log(`Fresh pages' calibrations: ${calibrations.join('; ')}`);
    console.log(`Load average at the end: ${loadLine()} (live figures mean little above ~1)`);
    console.log(
      'Target with compensation: makespan within 0.5% of ideal; per-call error median under 1 ms.',
    );
  }
  if (SECTIONS.has('sweep')) await rateSweep(browser, origin, SWEEP_RUNS);
  if (SECTIONS.has('lessons')) await lessonClaims(browser, origin);
  if (SECTIONS.has('server')) {
    console.log(
      `\nThe talk's gevent rows live at the planner's scale (${SWEEP_RUNS} runs, median)`,
    );
    const serverPage = await browser.newPage();
    await liveServerRows(serverPage, origin, {
      presets: GEVENT_ROWS,
      runs: SWEEP_RUNS,
      onRow: (row) => console.log(formatLiveServerRow(row)),
    });
    await serverPage.close();
    console.log("Target: each gevent row within 3 % of virtual at the planner's scale.");
  }
  console.log(`Load average at the very end: ${loadLine()}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
