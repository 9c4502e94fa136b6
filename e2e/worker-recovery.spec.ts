import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Records every text the header's worker status shows from now on (a recovery takes ~20 ms). */
async function recordWorkerStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="worker-status"]');
    if (!status) throw new Error('the page shows no worker status');
    const seen: string[] = [];
    (window as unknown as { workerStatusSeen: string[] }).workerStatusSeen = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { workerStatusSeen: string[] }).workerStatusSeen);
}

test('the service worker unregistered mid-session: the page says so, restarts it, and live runs work again', async ({
  lab,
}) => {
  const { page } = lab;
  await lab.gotoControlled('?model=promise-all&engine=live&calls=100,200');
  await lab.runToCompletion();

  const seen = await recordWorkerStatus(page);
  const unregistered = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration ? registration.unregister() : false;
  });
  expect(unregistered).toBe(true);

  // The page notices within its periodic check (1 s), says so, and is ready again: no reload.
  await expect.poll(seen, { timeout: 15_000 }).toContain('ready');
  const statuses = await seen();
  console.log(`worker status after unregister: ${statuses.join(' -> ')}`);
  expect(statuses[0]).toMatch(/^recovering: \S/);
  expect(statuses.at(-1)).toBe('ready');
  await expect(lab.workerStatus).toHaveText('ready');

  // A registration controls the page again, and a live run goes through it.
  const controlled = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return (
      registration?.active != null && registration.active === navigator.serviceWorker.controller
    );
  });
  expect(controlled).toBe(true);
  await expect(page.getByRole('radio', { name: /^Live\b/ })).toBeChecked();
  await lab.runToCompletion();
  const spans = await lab.spans();
  expect(spans.map((s) => s.state)).toEqual(['done', 'done']);
  expect(await lab.makespan()).toBeGreaterThanOrEqual(200);
});

test('the browser stops the service worker mid-session: the page notices, restarts it, and live runs work again', async ({
  lab,
}) => {
  const { page } = lab;
  await lab.gotoControlled('?model=promise-all&engine=live&calls=100,200');
  await lab.runToCompletion();
  // The charts' chunk is fetched (through the worker) when the run ends: stopping the worker
  // while that fetch is in flight fails the import, which is not what this test is about.
  await lab.chartsLoaded();

  const seen = await recordWorkerStatus(page);
  // What DevTools' "Stop" does: the worker restarts on the next event, without the page's MSW
  // session, so it would pass every request through to the server.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The probe (every 5 s) finds no mock answering, and the page restarts the worker.
  await expect.poll(seen, { timeout: 20_000 }).toContain('ready');
  const statuses = await seen();
  console.log(`worker status after the browser stopped it: ${statuses.join(' -> ')}`);
  expect(statuses[0]).toMatch(/^recovering: \S/);
  expect(statuses.at(-1)).toBe('ready');

  await lab.runToCompletion();
  const spans = await lab.spans();
  expect(spans.map((s) => s.state)).toEqual(['done', 'done']);
  expect(await lab.makespan()).toBeGreaterThanOrEqual(200);
});

test('a first visit, not yet controlled, is claimed by the worker and runs live', async ({
  lab,
}) => {
  const { page } = lab;
  // A fresh browser context: no registration yet, so the page starts uncontrolled.
  await page.addInitScript(() => {
    (window as unknown as { controlledAtStart: boolean }).controlledAtStart =
      navigator.serviceWorker.controller !== null;
  });
  await page.goto('/?model=promise-all&engine=live&calls=100,200');
  expect(
    await page.evaluate(
      () => (window as unknown as { controlledAtStart: boolean }).controlledAtStart,
    ),
  ).toBe(false);
  await expect(lab.workerStatus).toHaveText('ready', { timeout: 15_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await lab.runToCompletion();
  expect(await lab.makespan()).toBeGreaterThanOrEqual(200);
});
