import { test as base, expect } from '@playwright/test';
import { LabPage } from './pages/LabPage.ts';

/** The status each planned fault answers with (docs/faults.md). */
const FAULT_STATUS: Readonly<Record<string, string>> = { error: '500', hang: '504', busy: '429' };

/**
 * Chromium logs every fetch answered with an error status ("Failed to load resource: the server
 * responded with a status of 500"). A mocked service that the scenario told to fail (`fault=` in
 * its URL) answering exactly that fault's status is the lab working, not an error of the page;
 * anything else (another status, another URL) still fails the test.
 */
function isPlannedFailure(text: string, url: string): boolean {
  const status = /^Failed to load resource: the server responded with a status of (\d{3})\b/.exec(
    text,
  )?.[1];
  if (status === undefined) return false;
  let fault: string | null = null;
  try {
    const parsed = new URL(url);
    if (!parsed.pathname.includes('/upstream/')) return false;
    fault = parsed.searchParams.get('fault');
  } catch {
    return false;
  }
  return fault !== null && FAULT_STATUS[fault] === status;
}

interface Fixtures {
  /** Every console error and uncaught page error of the test; it must end empty. */
  readonly pageErrors: string[];
  readonly lab: LabPage;
}

/**
 * The one `test` every spec imports. A page that logs an error fails its test, even when every
 * assertion passed: "no errors in the console" is part of the contract.
 */
export const test = base.extend<Fixtures>({
  pageErrors: [
    // `provide`, not `use`: React's hook lint reads any `use(...)` call as a hook.
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (
          message.type() === 'error' &&
          !isPlannedFailure(message.text(), message.location().url)
        ) {
          errors.push(`console.error: ${message.text()} (at ${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await provide(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  lab: async ({ page }, provide) => {
    await provide(new LabPage(page));
  },
});

export { expect };
