import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';
import type { LabPage } from './pages/LabPage.ts';

// Rapid use: 100 cycles of Run then Reset, a few milliseconds apart, clicked in the page itself
// (no Playwright round trip between clicks). Afterwards: no stray spans, no unhandled rejection,
// no console error (the shared fixture), and one more run is correct.

declare global {
  interface Window {
    overlapRejections?: string[];
  }
}

const CYCLES = 100;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.overlapRejections = [];
    window.addEventListener('unhandledrejection', (event) => {
      window.overlapRejections?.push(String(event.reason));
    });
  });
});

/** Clicks Run, waits 0–4 ms, clicks Reset, waits 0–4 ms; CYCLES times. */
async function hammer(page: Page): Promise<number> {
  return page.evaluate(async (cycles) => {
    const button = (id: string): HTMLButtonElement => {
      const element = document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
      if (!element) throw new Error(`no ${id}`);
      return element;
    };
    const pause = (ms: number): Promise<void> =>
      new Promise((resolve) => window.setTimeout(resolve, ms));
    let runs = 0;
    for (let i = 0; i < cycles; i += 1) {
      const run = button('run-button');
      if (!run.disabled) runs += 1;
      run.click();
      await pause(i % 5);
      button('reset-button').click();
      await pause((i * 3) % 5);
    }
    return runs;
  }, CYCLES);
}

async function expectQuietAfterwards(lab: LabPage): Promise<void> {
  // Reset is the last click: no span is left, the status is idle.
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  // Nothing arrives late either.
  await lab.page.waitForTimeout(500);
  await expect(lab.emptyTimeline).toBeVisible();
  await expect(lab.runStatus).toHaveText('idle');
  expect(await lab.page.evaluate(() => window.overlapRejections ?? [])).toEqual([]);
}

test('100 × Run then Reset of a virtual run leaves an idle lab, and the next run is right', async ({
  lab,
}) => {
  await lab.gotoControlled();
  const runs = await hammer(lab.page);
  expect(runs).toBeGreaterThan(CYCLES / 2);
  await expectQuietAfterwards(lab);
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('1,250');
  await expect(lab.predictedMs).toHaveText('1,250');
  expect(await lab.page.evaluate(() => window.overlapRejections ?? [])).toEqual([]);
});

test('100 × Run then Reset of a live run leaves an idle lab, and the next run is right', async ({
  lab,
}) => {
  await lab.gotoControlled('?engine=live');
  const runs = await hammer(lab.page);
  expect(runs).toBeGreaterThan(CYCLES / 2);
  await expectQuietAfterwards(lab);
  const watch = await watchPageLateness(lab.page);
  await lab.runToCompletion();
  const lateness = await watch.stop();
  await expect(lab.predictedMs).toHaveText('1,250');
  // Live timings are real: the sequential talk scenario takes at least its 1,250 ms, and no
  // longer than plain timers and calls beside the run allow for its 4 calls one after another.
  const makespan = await lab.makespan();
  expect(makespan).toBeGreaterThanOrEqual(1250);
  expect(makespan, JSON.stringify(lateness)).toBeLessThanOrEqual(1250 + allowedLateMs(lateness, 4));
  expect(await lab.page.evaluate(() => window.overlapRejections ?? [])).toEqual([]);
});
