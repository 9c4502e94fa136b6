import { expect, test } from '@playwright/test';
import { LabPage } from './pages/LabPage.ts';

// An error thrown while a lab renders shows the fallback of src/ui/errors/LabErrorBoundary.tsx,
// not a blank page. The error is forced the way a broken browser API would: the timeline measures
// itself with a ResizeObserver, which this page's init script makes throw while
// `window.overlapBreakResizeObserver` is set. The app carries no test hook. The console errors this
// causes are expected here, so this file uses Playwright's own `test`, not the shared fixture, and
// asserts that every error is the forced one.

declare global {
  interface Window {
    overlapBreakResizeObserver?: boolean;
  }
}

const FORCED = 'ResizeObserver is broken (forced by the test)';

test('a render error shows the fallback, and its button returns to a working lab', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript((message) => {
    const Original = window.ResizeObserver;
    window.overlapBreakResizeObserver = true;
    window.ResizeObserver = class extends Original {
      constructor(callback: ResizeObserverCallback) {
        if (window.overlapBreakResizeObserver === true) throw new Error(message);
        super(callback);
      }
    };
  }, FORCED);

  const lab = new LabPage(page);
  await page.goto('/?model=promise-all&speed=2');
  await expect(lab.emptyTimeline).toBeVisible();
  // The run mounts the timeline, which measures itself: the error, caught by the boundary.
  await lab.runButton.click();
  const fallback = page.getByTestId('lab-error');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('The lab stopped');
  await expect(page.getByTestId('lab-error-message')).toHaveText(FORCED);
  await expect(fallback.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The header stays: the page is not blank.
  await expect(lab.workerStatus).toBeVisible();

  // The browser "recovers"; the way back shows the default lab, at the address without a query.
  await page.evaluate(() => {
    window.overlapBreakResizeObserver = false;
  });
  await fallback.getByRole('button', { name: 'Back to the default lab' }).click();
  await expect(fallback).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(lab.emptyTimeline).toBeVisible();
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('1,250');

  // Only the forced error, as React and the boundary report it.
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(error).toContain(FORCED);
});
