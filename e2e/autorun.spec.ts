import { DEV_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

/** Vite's dev server: React StrictMode mounts every effect, unmounts it and mounts it again. */
const DEV = `http://localhost:${DEV_PORT}/`;

const LABS = [
  { lab: 'fanout', query: 'autorun=1&speed=10' },
  { lab: 'compare', query: 'lab=compare&autorun=1&speed=10' },
  { lab: 'server', query: 'lab=server&preset=talk-sync-one&autorun=1&speed=10' },
] as const;

for (const { lab, query } of LABS) {
  test(`autorun=1 runs the ${lab} lab to the end under the dev server (StrictMode)`, async ({
    page,
  }) => {
    await page.goto(`${DEV}?${query}`);
    await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 30_000 });
  });

  test(`autorun=1 runs the ${lab} lab to the end in the build`, async ({ page }) => {
    await page.goto(`/?${query}`);
    await expect(page.getByTestId('run-status')).toHaveText('done');
  });

  test(`autorun=1 runs the embedded ${lab} lab to the end under the dev server`, async ({
    page,
  }) => {
    await page.goto(`${DEV}?${query}&embed=1`);
    await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 30_000 });
  });
}
