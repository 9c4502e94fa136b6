import { expect, type Locator, type Page } from '@playwright/test';

/** One call as the span table shows it (times in ms; null where the table shows a dash). */
export interface SpanRow {
  readonly number: number;
  readonly service: string;
  readonly startMs: number | null;
  readonly endMs: number | null;
  readonly state: string;
}

/** The Fan-out lab, by its roles, labels and stable test ids. */
export class LabPage {
  readonly runButton: Locator;
  readonly resetButton: Locator;
  readonly runStatus: Locator;
  readonly makespanMs: Locator;
  readonly predictedMs: Locator;
  readonly workerStatus: Locator;
  readonly timeline: Locator;
  readonly emptyTimeline: Locator;
  readonly paramMessages: Locator;

  constructor(readonly page: Page) {
    this.runButton = page.getByTestId('run-button');
    this.resetButton = page.getByTestId('reset-button');
    this.runStatus = page.getByTestId('run-status');
    this.makespanMs = page.getByTestId('makespan-ms');
    this.predictedMs = page.getByTestId('predicted-ms');
    this.workerStatus = page.getByTestId('worker-status');
    // The main timeline is the first canvas (the Server lab adds an expanded request below it).
    this.timeline = page.locator('canvas').first();
    this.emptyTimeline = page.getByTestId('timeline-empty');
    this.paramMessages = page.getByTestId('param-messages');
  }

  /**
   * Opens the lab at `query` and waits until the MSW service worker really controls the page (on
   * a first visit the worker claims it after activation) and the page says so.
   */
  async gotoControlled(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(this.workerStatus).toHaveText('ready');
  }

  /** Picks a model the way a person does: its radio button, by its visible title. */
  async chooseModel(title: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${title}\\b`) }).check();
  }

  async chooseEngine(engine: 'Virtual' | 'Live'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${engine}\\b`) }).check();
  }

  async runToCompletion(timeoutMs = 15_000): Promise<void> {
    await this.runButton.click();
    await expect(this.runStatus).toHaveText('done', { timeout: timeoutMs });
  }

  /** Waits until the lazily loaded charts have replaced their "Loading the charts…" note. */
  async chartsLoaded(): Promise<void> {
    await expect(this.page.getByText('Loading the charts…')).toHaveCount(0);
  }

  /** The exact makespan in ms: the figure shows it rounded ("1,250", "12.7" s), data-value keeps it. */
  async makespan(): Promise<number> {
    return Number(await this.makespanMs.getAttribute('data-value'));
  }

  /** Opens the span table (its rows exist only while open) and reads every row. */
  async spans(): Promise<SpanRow[]> {
    const summary = this.page.getByText('Spans as a table');
    const details = this.page.locator('details', { has: summary });
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
    // Rows render after the disclosure opens (React state): wait for the first one.
    await expect(this.page.getByTestId('span-row').first()).toBeVisible();
    const rows = await this.page
      .getByTestId('span-row')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
      );
    const time = (text: string | undefined): number | null =>
      /\d/.test(text ?? '') ? Number((text ?? '').replace(/[^\d.]/g, '')) : null;
    return rows.map((cells) => ({
      number: Number(cells[0]),
      service: cells[1] ?? '',
      startMs: time(cells[4]),
      endMs: time(cells[5]),
      state: cells[8] ?? '',
    }));
  }
}
