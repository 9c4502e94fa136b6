import { expect, test } from './fixtures.ts';

test('a live run during which the page was hidden is flagged as unreliable', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=600,600');
  await lab.runButton.click();
  await expect(lab.runStatus).toHaveText('running');
  // Headless Chromium never hides a tab by itself: announce a hidden page the way the browser
  // does (visibilityState + visibilitychange), which is all the app listens to.
  await lab.page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(lab.runStatus).toHaveText('done', { timeout: 10_000 });
  await expect(lab.page.getByText(/hidden/i).first()).toBeVisible();
});

test('an ordinary live run carries no reliability warning', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=200,300');
  await lab.runToCompletion();
  await expect(lab.page.getByText(/hidden during the run/i)).toHaveCount(0);
});
