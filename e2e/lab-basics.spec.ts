import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('the mock service worker controls the page and says it is ready', async ({ lab }) => {
  await lab.gotoControlled();
  const scriptUrl = await lab.page.evaluate(
    () => navigator.serviceWorker.controller?.scriptURL ?? null,
  );
  expect(scriptUrl).toMatch(/\/overlapWorker\.js$/);
});

test('a real fetch from the page is answered by the worker after the asked latency', async ({
  lab,
}) => {
  await lab.gotoControlled();
  const reply = await lab.page.evaluate(async () => {
    const startedAt = performance.now();
    const response = await fetch('/upstream/session?ms=50');
    const body: unknown = await response.json();
    return { status: response.status, body, elapsedMs: performance.now() - startedAt };
  });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ service: 'session', index: 0, latencyMs: 50 });
  // The static preview server has no /upstream route: only the worker can answer this JSON, and
  // only after the asked latency. How soon after is the machine's (and the live benchmark's).
  expect(reply.elapsedMs).toBeGreaterThanOrEqual(45);
});

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the page says why live runs are off and the virtual engine still runs', async ({ lab }) => {
    await lab.page.goto('/');
    await expect(lab.workerStatus).toHaveText(/^unavailable: \S/);
    await expect(lab.page.getByRole('radio', { name: /^Live\b/ })).toBeDisabled();
    await lab.runToCompletion();
    await expect(lab.makespanMs).toHaveText('1,250');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no serious or critical accessibility violations in the ${colorScheme} scheme`, async ({
    lab,
  }) => {
    await lab.page.emulateMedia({ colorScheme });
    await lab.gotoControlled('?model=worker-pool&speed=20');
    await lab.runToCompletion();
    await lab.spans();
    const results = await new AxeBuilder({ page: lab.page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
