import { test as base, expect } from '@playwright/test';
import { LabPage } from './pages/LabPage.ts';

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
        if (message.type() === 'error') {
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
