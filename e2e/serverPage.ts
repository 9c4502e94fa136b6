import { expect, type Locator, type Page } from '@playwright/test';

/** One row of the Talk view, as plain numbers (seconds; null where the cell shows a dash). */
export interface TalkRowNumbers {
  readonly preset: string;
  readonly talk: string;
  readonly idealS: number;
  readonly referenceS: number;
  readonly simulatedS: number | null;
}

/** The Server lab's own parts, by their test ids (the shared ones are LabPage's). */
export class ServerLabPage {
  readonly talkTable: Locator;
  readonly talkRows: Locator;
  readonly liveProgress: Locator;

  constructor(readonly page: Page) {
    this.talkTable = page.getByTestId('talk-table');
    this.talkRows = page.getByTestId('talk-row');
    this.liveProgress = page.getByTestId('live-progress');
  }

  async showTalk(): Promise<void> {
    await this.page.getByTestId('server-view-talk').click();
    await expect(this.talkTable).toBeVisible();
  }

  row(preset: string): Locator {
    return this.page.locator(`[data-testid="talk-row"][data-preset="${preset}"]`);
  }

  /** Every row, once every simulation has filled in. */
  async talkNumbers(): Promise<TalkRowNumbers[]> {
    await expect(this.page.locator('[data-testid="talk-simulated-s"]:empty')).toHaveCount(0);
    return Promise.all(
      (await this.talkRows.all()).map(async (row) => {
        const text = async (id: string): Promise<string> =>
          (await row.getByTestId(id).textContent()) ?? '';
        const simulated = await text('talk-simulated-s');
        return {
          preset: (await row.getAttribute('data-preset')) ?? '',
          talk: await text('talk-published'),
          idealS: Number(await text('talk-ideal-s')),
          referenceS: Number(await text('talk-reference-s')),
          simulatedS: simulated === '' ? null : Number(simulated),
        };
      }),
    );
  }

  /** Opens the request table and reads each row's cells as text. */
  async requestRows(): Promise<string[][]> {
    const summary = this.page.getByText('Requests as a table');
    const details = this.page.locator('details', { has: summary });
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await summary.click();
    await expect(this.page.getByTestId('request-row').first()).toBeVisible();
    return this.page
      .getByTestId('request-row')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
      );
  }
}
