import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('the mock service worker controls the page and says it is ready', async ({ firstRunPage }) => {
  await firstRunPage.gotoControlled();
  expect(await firstRunPage.controllerScriptUrl()).toMatch(/\/mockServiceWorker\.js$/);
});

test('Run times the talk’s sequential calls: 1250 ms measured and predicted', async ({
  firstRunPage,
}) => {
  await firstRunPage.gotoControlled();
  await expect(firstRunPage.runStatus).toHaveText('idle');
  await firstRunPage.runButton.click();
  await expect(firstRunPage.runStatus).toHaveText('done');
  await expect(firstRunPage.makespanMs).toHaveText('1250');
  await expect(firstRunPage.predictedMs).toHaveText('1250');
});

test('a real fetch from the page is answered by the worker after the asked latency', async ({
  firstRunPage,
}) => {
  await firstRunPage.gotoControlled();
  const reply = await firstRunPage.page.evaluate(async () => {
    const startedAt = performance.now();
    const response = await fetch('/upstream/session?ms=50');
    const body: unknown = await response.json();
    return { status: response.status, body, elapsedMs: performance.now() - startedAt };
  });
  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({ service: 'session', index: 0, latencyMs: 50 });
  // The static preview server has no /upstream route: only the worker can answer this JSON.
  expect(reply.elapsedMs).toBeGreaterThanOrEqual(45);
  expect(reply.elapsedMs).toBeLessThan(2000);
});

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page says why mocking is unavailable and still runs', async ({ firstRunPage }) => {
    await firstRunPage.page.goto('/');
    await expect(firstRunPage.workerStatus).toHaveText(/^unavailable: \S/);
    await firstRunPage.runButton.click();
    await expect(firstRunPage.runStatus).toHaveText('done');
    await expect(firstRunPage.makespanMs).toHaveText('1250');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no detectable accessibility violations in the ${colorScheme} scheme`, async ({
    firstRunPage,
  }) => {
    await firstRunPage.page.emulateMedia({ colorScheme });
    await firstRunPage.gotoControlled();
    await firstRunPage.runButton.click();
    await expect(firstRunPage.runStatus).toHaveText('done');
    const results = await new AxeBuilder({ page: firstRunPage.page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
