import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { expect, test } from './fixtures.ts';

// The built pages carry a Content Security Policy (vite.config.ts adds it as a <meta> tag), and
// the whole suite runs under it. Here: it is present, and nothing the lab does violates it (every
// `securitypolicyviolation` event is collected from the first script on).

declare global {
  interface Window {
    overlapCspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.overlapCspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.overlapCspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
});

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.overlapCspViolations ?? []);

async function policyOf(page: Page): Promise<string | null> {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

test('the app carries the policy: no inline script, no eval, the worker from this origin', async ({
  lab,
}) => {
  await lab.gotoControlled();
  const policy = await policyOf(lab.page);
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  expect(policy).toContain("script-src 'self';");
  // Style attributes only (the SVG export clones the charts): no inline script or <style>.
  expect(policy).not.toMatch(/(?:^|; )(?:script-src|style-src|default-src) [^;]*unsafe-inline/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("worker-src 'self'");
  expect(await violations(lab.page)).toEqual([]);
});

test('a live run, a virtual run with its charts and a PNG export violate nothing', async ({
  lab,
}) => {
  const { page } = lab;
  await lab.gotoControlled('?model=promise-all&engine=live');
  await lab.runToCompletion();
  await expect(lab.makespanMs).not.toHaveText('');

  await page.goto('/?model=worker-pool&limit=2&speed=4');
  await lab.runToCompletion();
  await expect(page.locator('figure.chart').first()).toBeVisible();
  await expect(page.locator('figure.chart svg').first()).toBeVisible();

  const menu = page.getByTestId('export-menu');
  await menu.getByText('Export and share').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png-1x').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  // The SVG export clones the charts with their style attributes (style-src-attr).
  const svgs: string[] = [];
  page.on('download', (file) => svgs.push(file.suggestedFilename()));
  await page.getByTestId('export-svg').click();
  await expect.poll(() => svgs.length).toBe(3);
  expect(await violations(page)).toEqual([]);
});

test('the embedding examples work under their policy', async ({ page }) => {
  await page.goto('/examples/host.html');
  expect(await policyOf(page)).toContain("script-src 'self'");
  const frame = page.frameLocator('iframe').first();
  await expect(frame.getByTestId('run-button')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/examples/reveal.html');
  expect(await policyOf(page)).toContain("script-src 'self'");
  await expect(
    page.locator('.reveal.ready, .reveal .slides section.present').first(),
  ).toBeVisible();
  await expect(
    page.frameLocator('iframe.lab-frame').first().getByTestId('run-button'),
  ).toBeAttached();
  expect(await violations(page)).toEqual([]);
});
