import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Labs keep their state (LabShell): a lab once shown stays mounted, hidden, while another shows.
// Several labs are then in the page at once, so every locator here is scoped to one lab.

type LabTitle = 'Fan-out' | 'Compare' | 'Server';

/** A lab's root element (hidden while another lab shows). */
const labOf = (page: Page, title: LabTitle): Locator => page.locator(`[aria-label="${title} lab"]`);

/** Shows a lab with its tab, as a person does (a history entry). */
async function showLab(page: Page, title: LabTitle): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Labs' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await expect(labOf(page, title)).toBeVisible();
}

/** A number as the lab writes it (unit and separators dropped). */
const numberIn = (text: string | null): number => Number((text ?? '').replace(/[^\d.]/g, ''));

/** What the lab's first timeline canvas shows, as an image. */
const pictureOf = (lab: Locator): Promise<string> =>
  lab
    .locator('canvas')
    .first()
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());

test('each lab’s finished run is still there after switching labs, by tab and by Back', async ({
  lab,
}) => {
  const { page } = lab;
  await lab.gotoControlled('?model=worker-pool');
  const fanOut = labOf(page, 'Fan-out');
  await fanOut.getByTestId('run-button').click();
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');
  await expect(fanOut.getByTestId('cursor-state')).not.toHaveText('');
  expect(numberIn(await fanOut.getByTestId('makespan-ms').textContent())).toBe(750);
  // The replay ends at the makespan; wait for the drawing of that last frame to settle.
  await expect(fanOut.getByTestId('cursor-ms')).toHaveText(/750/);
  await expect.poll(() => pictureOf(fanOut)).toBe(await pictureOf(fanOut));
  const fanOutPicture = await pictureOf(fanOut);

  await showLab(page, 'Compare');
  await expect(fanOut).toBeHidden();
  const compare = labOf(page, 'Compare');
  await expect(compare.getByTestId('timeline-empty')).toBeVisible();
  await compare.getByTestId('run-button').click();
  await expect(compare.getByTestId('run-status')).toHaveText('done');
  const compareMakespans = await compare.getByTestId('compare-makespan-ms').allTextContents();
  expect(compareMakespans.map(numberIn)).toEqual([1250, 500, 750, 750, 750, 1000]);

  await showLab(page, 'Fan-out');
  await expect(compare).toBeHidden();
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');
  expect(numberIn(await fanOut.getByTestId('makespan-ms').textContent())).toBe(750);
  await expect(fanOut.getByTestId('timeline-empty')).toHaveCount(0);
  await expect(
    fanOut.getByRole('img', { name: /^Timeline of the virtual worker-pool run/ }),
  ).toBeVisible();
  // The timeline is drawn again as it was left, and the span table holds the run's four calls.
  await expect.poll(() => pictureOf(fanOut)).toBe(fanOutPicture);
  await fanOut.getByText('Spans as a table').click();
  await expect(fanOut.getByTestId('span-row')).toHaveCount(4);

  // Back returns to Compare (its comparison intact), Forward to Fan-out.
  await page.goBack();
  await expect(page).toHaveURL(/\?lab=compare&model=worker-pool$/);
  await expect(compare).toBeVisible();
  await expect(fanOut).toBeHidden();
  await expect(compare.getByTestId('run-status')).toHaveText('done');
  await expect(compare.getByTestId('compare-makespan-ms')).toHaveText(compareMakespans);
  await expect(compare.getByTestId('compare-lane')).toHaveCount(6);
  await page.goForward();
  await expect(fanOut).toBeVisible();
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');
});

test('a virtual run keeps advancing while its lab is hidden, and ends there', async ({ lab }) => {
  const { page } = lab;
  // Promise.all over two 6 s calls at half speed: a 12 s replay, long enough for the tab
  // switches of a loaded machine to happen while it plays.
  const speed = 0.5;
  await lab.gotoControlled(`?model=promise-all&calls=6000,6000&speed=${speed}`);
  const fanOut = labOf(page, 'Fan-out');
  // A first visit mounts the Compare lab, which takes seconds on a loaded machine: before the run.
  await showLab(page, 'Compare');
  await showLab(page, 'Fan-out');
  await fanOut.getByTestId('run-button').click();
  await expect(fanOut.getByTestId('run-status')).toHaveText('running');
  await expect
    .poll(async () => numberIn(await fanOut.getByTestId('cursor-ms').textContent()))
    .toBeGreaterThan(0);
  const leftAtMs = numberIn(await fanOut.getByTestId('cursor-ms').textContent());

  const awayFromMs = Date.now();
  await showLab(page, 'Compare');
  // Hidden, the lab draws nothing: its timeline stays as it was while its run goes on (the
  // hidden replay bar, not rendered either, still shows where the cursor was when it hid).
  const hiddenPicture = await pictureOf(fanOut);
  const hiddenAtMs = numberIn(await fanOut.getByTestId('cursor-ms').textContent());
  expect(hiddenAtMs, 'the replay was still playing when its lab hid').toBeLessThan(6000);
  await page.waitForTimeout(1000);
  expect(await pictureOf(fanOut)).toBe(hiddenPicture);
  const awayMs = Date.now() - awayFromMs;
  await showLab(page, 'Fan-out');
  // The replay's cursor follows the wall clock: it moved on by at least the time spent away, at
  // the replay's speed (a paused run would be where it was left, a dropped one idle and empty).
  const backAtMs = numberIn(await fanOut.getByTestId('cursor-ms').textContent());
  expect(backAtMs).toBeGreaterThanOrEqual(Math.min(6000, leftAtMs + (awayMs - 100) * speed));
  await expect(fanOut.getByTestId('run-status')).toHaveText(/^(running|done)$/);
  // Shown again, it draws again: the cursor is where the run has got to.
  await expect.poll(() => pictureOf(fanOut)).not.toBe(hiddenPicture);

  // Leave again and stay away past the end: the run finishes while hidden.
  await showLab(page, 'Compare');
  await expect(labOf(page, 'Compare').getByTestId('run-status')).toHaveText('idle');
  await page.waitForTimeout(Math.max(0, 6000 - backAtMs) / speed + 300);
  await showLab(page, 'Fan-out');
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');
  expect(numberIn(await fanOut.getByTestId('makespan-ms').textContent())).toBe(6000);
});

test('a live run is stopped when its lab is left, and the lab says so', async ({ lab }) => {
  const { page } = lab;
  // Calls of 5 s: the tab switches happen while they are in flight, even on a loaded machine.
  await lab.gotoControlled('?model=promise-all&engine=live&calls=5000,5000');
  const fanOut = labOf(page, 'Fan-out');
  await fanOut.getByTestId('run-button').click();
  const startedAtMs = Date.now();
  await expect(fanOut.getByTestId('run-status')).toHaveText('running');
  await showLab(page, 'Compare');
  await showLab(page, 'Fan-out');
  await expect(fanOut.getByTestId('run-status')).toHaveText('idle');
  await expect(fanOut.getByText(/^The live run was stopped when you left this lab/)).toBeVisible();
  await expect(fanOut.getByTestId('timeline-empty')).toBeVisible();
  // Past the mocked responses' 5 s: nothing of the stopped run lands.
  await page.waitForTimeout(Math.max(0, startedAtMs + 5300 - Date.now()));
  await expect(fanOut.getByTestId('run-status')).toHaveText('idle');
  await expect(fanOut.getByTestId('timeline-empty')).toBeVisible();
  // The next run starts afresh, without the note.
  await fanOut.getByTestId('run-button').click();
  await expect(fanOut.getByTestId('run-status')).toHaveText('done', { timeout: 20_000 });
  await expect(fanOut.getByText(/^The live run was stopped/)).toHaveCount(0);
});

test('the keys drive only the lab shown; a hidden lab keeps its run', async ({ lab }) => {
  const { page } = lab;
  const pressOnPage = async (key: string): Promise<void> => {
    // Off the tab just clicked: Space on a focused button is that button's own.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(key);
  };
  await lab.gotoControlled('?model=promise-all&calls=40,40');
  const fanOut = labOf(page, 'Fan-out');
  await fanOut.getByTestId('run-button').click();
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');

  await showLab(page, 'Server');
  const server = labOf(page, 'Server');
  await pressOnPage('Space');
  await expect(server.getByTestId('run-status')).toHaveText(/^(running|done)$/);
  await pressOnPage('r');
  await expect(server.getByTestId('run-status')).toHaveText('idle');

  // R reset the Server lab, not the hidden Fan-out lab; back in Fan-out, R resets Fan-out.
  await showLab(page, 'Fan-out');
  await expect(fanOut.getByTestId('run-status')).toHaveText('done');
  await pressOnPage('r');
  await expect(fanOut.getByTestId('run-status')).toHaveText('idle');
});
