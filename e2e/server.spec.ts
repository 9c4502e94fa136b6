import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { TALK_PRESETS } from '../src/core/server/talkPresets.ts';
import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';
import { ServerLabPage } from './serverPage.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('a talk preset runs virtually: 4 processes serve 20 requests in 6.25 s, as predicted', async ({
  lab,
}) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server&preset=talk-sync-processes');
  await expect(lab.page.getByRole('button', { name: 'Server', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(lab.page.getByTestId('preset-select')).toHaveValue('talk-sync-processes');
  await expect(lab.page.getByTestId('server-formula')).toContainText('W = 4 workers');
  await expect(lab.emptyTimeline).toBeVisible();
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('6,250');
  await expect(lab.predictedMs).toHaveText('6,250');
  await expect(lab.page.getByTestId('peak-busy-workers')).toHaveText('4');
  await expect(lab.page.getByTestId('latency-p50-ms')).toHaveText('3,750');

  // One lane per worker: requests 1-4 start at once on the four processes, 5-8 at 1.25 s.
  const rows = await server.requestRows();
  expect(rows).toHaveLength(20);
  // The table's columns stay in ms, with thousands grouped.
  expect(rows.slice(0, 5).map((cells) => cells.slice(0, 5))).toEqual([
    ['1', '0', '0', '1,250', 'process 1'],
    ['2', '0', '0', '1,250', 'process 2'],
    ['3', '0', '0', '1,250', 'process 3'],
    ['4', '0', '0', '1,250', 'process 4'],
    ['5', '0', '1,250', '2,500', 'process 1'],
  ]);
  await expect(lab.timeline).toHaveAttribute('aria-label', /20 requests to 4 processes/);
  for (const title of ['Requests completed over time', 'Request latencies', 'Waiting over time']) {
    await expect(lab.page.getByRole('figure', { name: new RegExp(`^${title}`) })).toBeVisible();
  }
});

test('the Talk view lists every row: the talk’s numbers, the reference, and the simulation at the ideal', async ({
  lab,
}) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server');
  await server.showTalk();
  await expect(lab.page).toHaveURL(/#talk$/);
  await expect(server.talkRows).toHaveCount(13);
  const numbers = await server.talkNumbers();
  expect(numbers.map((row) => row.preset)).toEqual(TALK_PRESETS.map((p) => p.name));
  for (const row of numbers) expect(row.simulatedS, row.preset).toBe(row.idealS);
  expect(numbers[0]).toEqual({
    preset: 'talk-sync-one',
    talk: '1.282',
    idealS: 1.25,
    referenceS: 1.261,
    simulatedS: 1.25,
  });
  expect(numbers.find((row) => row.preset === 'talk-gevent-100')?.talk).toBe('1.255, 1.373');
  await expect(server.row('talk-sync-one')).toContainText('connection set-up per call');
  const remarks = lab.page.getByRole('complementary', { name: 'The talk’s remarks' });
  await expect(remarks).toContainText('beware of DNS resolutions');
  await expect(remarks).toContainText('Speed against concurrency');
});

test('an overhead from the Talk view reproduces the talk’s number in the lab', async ({ lab }) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server#talk');
  await server
    .row('talk-sync-one')
    .getByRole('button', { name: /callOverhead = 8 ms/ })
    .click();
  await expect(lab.page).toHaveURL(/\?lab=server&preset=talk-sync-one&callOverhead=8$/);
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('1,282');
  await expect(lab.predictedMs).toHaveText('1,282');
});

test('a live load test runs time-scaled, shows its progress, and ends near the prediction', async ({
  lab,
}) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server&preset=talk-asyncio&engine=live');
  // 5 s of experiment fits "about 5 s" at 1x: the planner's choice, shown as auto.
  await expect(lab.page.getByTestId('time-scale')).toHaveValue('auto');
  await expect(lab.page.getByTestId('time-scale').locator('option[value="auto"]')).toHaveText(
    'auto (real time)',
  );
  await lab.page.getByTestId('time-scale').selectOption('2');
  await expect(lab.page.getByTestId('live-duration')).toHaveText(/about 2\.5 s/);
  const watch = await watchPageLateness(lab.page);
  await lab.runButton.click();
  await expect(server.liveProgress).toContainText(/Live at 2× faster: \d+ of 20 requests done/);
  await expect(lab.page.getByText(/The charts appear when the live run ends/)).toBeVisible();
  // The timeline draws while the run goes, not only once it has ended.
  const drawn = async (): Promise<number> =>
    Number((await lab.timeline.getAttribute('data-drawn-version')) ?? 0);
  await expect.poll(drawn).toBeGreaterThan(0);
  await expect(lab.runStatus).toHaveText('running');
  await expect(lab.runStatus).toHaveText('done', { timeout: 20_000 });
  const lateness = await watch.stop();
  await expect(lab.predictedMs).toHaveText('5,000');
  const makespan = await lab.makespan();
  // The prediction, no sooner, and no later than plain timers and calls beside the run allow for
  // its longest chain: each of 2 workers serves 10 requests, a hop to the app and one for its
  // calls (sent together) each; x2 in experiment ms. The live benchmark measures fidelity.
  expect(makespan).toBeGreaterThanOrEqual(5000 * 0.97);
  expect(makespan, JSON.stringify(lateness)).toBeLessThanOrEqual(
    5000 + allowedLateMs(lateness, 20, 2),
  );
  await expect(lab.page.getByRole('figure', { name: /^Request latencies/ })).toBeVisible();
});

test('Reset stops a live load test, and nothing of it lands afterwards', async ({ lab }) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server&preset=talk-sync-basic&engine=live');
  await lab.runButton.click();
  await expect(server.liveProgress).toBeVisible();
  await lab.resetButton.click();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  await lab.page.waitForTimeout(1500);
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.makespanMs).toHaveText('');
});

test('a Talk row runs live in this browser and fills its cell', async ({ lab }) => {
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server#talk');
  const row = server.row('talk-asyncio-one');
  const watch = await watchPageLateness(lab.page, { untilRunDone: false });
  await row.getByRole('button', { name: /^Run live/ }).click();
  const live = row.getByTestId('talk-live-s');
  await expect(live).toHaveText(/^\d+\.\d{3}$/, { timeout: 15_000 });
  const lateness = await watch.stop();
  const seconds = Number(await live.textContent());
  // "at real time", "at 5× slower": the planner's scale for the row.
  const scaleText =
    (await row.getByText(/^at (real time|\d+× (slower|faster))$/).textContent()) ?? '';
  const [, factor = '1', way] = /^at (?:(\d+)× (slower|faster)|real time)$/.exec(scaleText) ?? [];
  const timeScale = way === 'slower' ? 1 / Number(factor) : Number(factor);
  // The ideal 0.5 s, no sooner, and no later than plain timers and calls beside the run allow
  // for its chain: a hop to the app, one for its 4 calls (sent together).
  expect(seconds).toBeGreaterThanOrEqual(0.5 * 0.97);
  expect(seconds * 1000, JSON.stringify(lateness)).toBeLessThanOrEqual(
    500 + allowedLateMs(lateness, 2, timeScale),
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Server lab has no serious or critical accessibility violations (${colorScheme})`, async ({
    lab,
  }) => {
    const server = new ServerLabPage(lab.page);
    await lab.page.emulateMedia({ colorScheme });
    await lab.gotoControlled('?lab=server&preset=talk-gevent-100&speed=20');
    await lab.runToCompletion();
    await server.requestRows();
    await expect(lab.page.getByRole('figure', { name: /^Waiting over time/ })).toBeVisible();
    expect(await seriousViolations(lab.page)).toEqual([]);
    await server.showTalk();
    await server.talkNumbers();
    await server.row('talk-sync-one').getByText('connection set-up per call').click();
    expect(await seriousViolations(lab.page)).toEqual([]);
  });
}
