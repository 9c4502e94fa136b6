import { expect, type Locator, type Page } from '@playwright/test';

/** The first page: its controls and numbers, by their stable test ids. */
export class FirstRunPage {
  readonly runButton: Locator;
  readonly runStatus: Locator;
  readonly makespanMs: Locator;
  readonly predictedMs: Locator;
  readonly workerStatus: Locator;

  constructor(readonly page: Page) {
    this.runButton = page.getByRole('button', { name: 'Run' });
    this.runStatus = page.getByTestId('run-status');
    this.makespanMs = page.getByTestId('makespan-ms');
    this.predictedMs = page.getByTestId('predicted-ms');
    this.workerStatus = page.getByTestId('worker-status');
  }

  /**
   * Opens the page and waits until the MSW service worker really controls it (on a first visit
   * the worker claims the page after activation), and the page says so.
   */
  async gotoControlled(): Promise<void> {
    await this.page.goto('/');
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(this.workerStatus).toHaveText('ready');
  }

  /** The script URL of the service worker that controls the page, or null. */
  controllerScriptUrl(): Promise<string | null> {
    return this.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
  }
}
