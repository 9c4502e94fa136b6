/**
 * The rate sweep and the lessons of `npm run bench:live` (issue 13): how far a live Fan-out run
 * lands from its virtual run when the page must answer many mocked requests, with the time scale
 * the lab plans on its own ("auto") beside the same run forced to real time; and each failure
 * lesson's claim, live at the automatic scale, beside its virtual run.
 *
 * Method: one page of the built app in headless Chromium (the real MSW worker). Each row runs the
 * scenario once on the virtual engine (exact), then RUNS times live at the automatic scale and
 * RUNS times at real time, all in the same page (calibrated once); it prints the medians and the
 * ratio live makespan / virtual makespan. Target: every row within 3 % (ratio <= 1.03) with the
 * automatic scale.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './median.ts';

const RUN_TIMEOUT_MS = 300_000;

/** The sweep's rows: a pool of 10 over 20 ms calls, 100 and 1000 of them; 200 x 20 ms at once. */
export const SWEEP_ROWS = [
  { label: 'worker-pool k=10, 100 x 20 ms', query: '?model=worker-pool&limit=10&calls=20*100' },
  { label: 'worker-pool k=10, 1000 x 20 ms', query: '?model=worker-pool&limit=10&calls=20*1000' },
  { label: 'promise-all, 200 x 20 ms', query: '?model=promise-all&calls=20*200' },
] as const;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('worker-status').filter({ hasText: 'ready' }).waitFor();
}

/** Runs the open scenario and returns its exact makespan (the card's `data-value`). */
async function runOnce(page: Page): Promise<number> {
  await page.getByTestId('run-button').click();
  await page
    .getByTestId('run-status')
    .filter({ hasText: /^done$/ })
    .waitFor({ timeout: RUN_TIMEOUT_MS });
  return Number(await page.getByTestId('makespan-ms').getAttribute('data-value'));
}

/**
 * The live engine's plan as the lab states it: the select's automatic pick, once the page has
 * measured itself (before that the planner uses the assumed capacity, and the run re-plans).
 */
async function autoLabel(page: Page): Promise<string> {
  await page
    .getByText(/mock overhead [\d.]+ ms/)
    .first()
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(200);
  const auto = page.getByTestId('live-time-scale').locator('option').first();
  await auto.filter({ hasText: /^auto \(.+\)$/ }).waitFor({ state: 'attached', timeout: 60_000 });
  return /^auto \((.+)\)$/.exec((await auto.textContent()) ?? '')?.[1] ?? '?';
}

const pct = (ratio: number): string =>
  `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;

/** The rate sweep: prints one line per row and returns whether every row met 3 % with auto. */
export async function rateSweep(browser: Browser, origin: string, runs: number): Promise<boolean> {
  const page = await browser.newPage();
  let allWithin = true;
  console.log(`\nRate sweep: live makespan / virtual makespan, ${runs} runs per cell, medians`);
  console.log(
    `${'row'.padEnd(34)} ${'virtual'.padStart(9)}  ${'auto scale'.padEnd(14)} ${'live (auto)'.padStart(12)} ${'ratio'.padStart(8)}  ${'live (1x)'.padStart(10)} ${'ratio'.padStart(8)}`,
  );
  try {
    for (const row of SWEEP_ROWS) {
      await open(page, `${origin}${row.query}&speed=100`);
      const virtualMs = await runOnce(page);
      await open(page, `${origin}${row.query}&engine=live`);
      const scale = await autoLabel(page);
      const auto: number[] = [];
      for (let r = 0; r < runs; r += 1) auto.push(await runOnce(page));
      await page.getByTestId('live-time-scale').selectOption('1');
      const realTime: number[] = [];
      for (let r = 0; r < runs; r += 1) realTime.push(await runOnce(page));
      const autoRatio = median(auto) / virtualMs;
      const realRatio = median(realTime) / virtualMs;
      allWithin &&= autoRatio <= 1.03;
      console.log(
        `${row.label.padEnd(34)} ${virtualMs.toFixed(0).padStart(6)} ms  ${scale.padEnd(14)} ${median(auto).toFixed(1).padStart(9)} ms ${pct(autoRatio).padStart(8)}  ${median(realTime).toFixed(1).padStart(7)} ms ${pct(realRatio).padStart(8)}`,
      );
    }
  } finally {
    await page.close();
  }
  console.log('Target: every row within 3 % of virtual with the automatic scale.');
  return allWithin;
}

/** What a lesson claims, read from a finished run's cards. */
const LESSON_FIGURES = {
  'fail-fast': { testId: 'request-outcome', what: 'request outcome' },
  'retry-amplification': { testId: 'copies-per-call', what: 'copies per call' },
  'timeout-tail': { testId: 'makespan-ms', what: 'makespan ms' },
  'hedge-p99': { testId: 'ok-p99-ms', what: 'call p99 ms' },
} as const;

async function figure(page: Page, testId: string): Promise<string> {
  const element = page.getByTestId(testId);
  return (await element.getAttribute('data-value')) ?? (await element.textContent()) ?? '';
}

/** Each failure lesson, virtual then live at the automatic scale: the claim's figure for both. */
export async function lessonClaims(browser: Browser, origin: string): Promise<void> {
  const page = await browser.newPage();
  console.log('\nFailure lessons live at the automatic scale (one run each)');
  console.log(
    `${'lesson'.padEnd(22)} ${'figure'.padEnd(16)} ${'scale'.padEnd(14)} virtual -> live`,
  );
  try {
    for (const [name, { testId, what }] of Object.entries(LESSON_FIGURES)) {
      await open(page, `${origin}?speed=100`);
      const section = page.getByTestId('fault-controls');
      if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
      await section.getByLabel('Failure lessons').selectOption(name);
      await runOnce(page);
      const virtual = await figure(page, testId);
      await page.getByRole('radio', { name: /^Live\b/ }).check();
      // The numbers panel describes the run it shows (the virtual one, "n/a" for calibration)
      // until the next run: open the lesson's live link afresh, as a class would.
      await page.waitForURL(/engine=live/);
      await open(page, page.url());
      const scale = await autoLabel(page);
      await runOnce(page);
      const live = await figure(page, testId);
      console.log(
        `${name.padEnd(22)} ${what.padEnd(16)} ${scale.padEnd(14)} ${virtual} -> ${live}`,
      );
    }
  } finally {
    await page.close();
  }
}
