import { expect, test } from './fixtures.ts';

/**
 * repeat=K in the Fan-out lab (docs/tails.md): the Tail at Scale's 63 % on screen, and the
 * distribution view's chart and table. Behaviour only: the figures are the engine's draws, so
 * they are checked against their statistical interval and against each other, never a clock.
 */
const RUNS = 10_000;
const P_SLOW = 1 - 0.99 ** 100; // 0.634
// 5 standard errors of a share over RUNS runs: p < 6e-7 of a false failure (fixed seed anyway).
const ALLOWED_PCT = 100 * 5 * Math.sqrt((P_SLOW * (1 - P_SLOW)) / RUNS);

test('100 calls each 1 % slow make 63 % of requests slow, measured beside predicted', async ({
  lab,
}) => {
  await lab.gotoControlled(
    `?model=promise-all&calls=10/1000@1*100&repeat=${RUNS}&speed=20&autorun=1`,
  );
  await expect(lab.runStatus).toHaveText('done', { timeout: 30_000 });
  const share = lab.page.getByTestId('tails-slow-share');
  await expect(share).toBeVisible({ timeout: 30_000 });
  const measuredPct = Number(await share.getAttribute('data-value'));
  const predictedPct = Number(await share.getAttribute('data-predicted'));
  expect(predictedPct).toBeCloseTo(100 * P_SLOW, 6);
  expect(Math.abs(measuredPct - 100 * P_SLOW)).toBeLessThan(ALLOWED_PCT);
  await expect(lab.page.getByTestId('tails')).toContainText('slower than one call’s p99 (10 ms)');

  // The table: p50 to p99.9 and the mean, the request's median 1 s measured and predicted.
  const table = lab.page.getByTestId('tails-table');
  await expect(table.locator('tbody tr')).toHaveCount(5);
  const p50 = lab.page.getByTestId('tails-row-p50').locator('td');
  await expect(p50.nth(0)).toHaveAttribute('data-value', '1000');
  await expect(p50.nth(1)).toHaveAttribute('data-value', '1000');
  // One call's p99 is its fast time, its p99.9 the slow one: the tail the request inherits.
  const p999 = lab.page.getByTestId('tails-row-p99.9').locator('td');
  await expect(p999.nth(3)).toHaveAttribute('data-value', '1000');

  // Both charts drew a measured and a predicted line (two SVG paths each, whatever K is).
  for (const id of ['tails-request-chart', 'tails-call-chart']) {
    const chart = lab.page.getByTestId(id);
    await expect(chart.locator('.recharts-line-curve')).toHaveCount(2);
    expect(await chart.locator('svg *').count()).toBeLessThan(400);
  }
  // The single run's timeline is still there, first.
  await expect(lab.timeline).toBeVisible();
});

test('a Tail at Scale preset sets up the lab, and repeat 1 shows no tails view', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=sequential');
  await lab.page.getByTestId('tail-preset-hedged-p95').click();
  await expect(lab.page).toHaveURL(/calls=~100\*100/);
  await expect(lab.page).toHaveURL(/repeat=10000/);
  await expect(lab.page).toHaveURL(/hedge=p95/);
  await expect(lab.page.getByTestId('tail-preset-hedged-p95')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await lab.runToCompletion(30_000);
  const tails = lab.page.getByTestId('tails');
  // Hedging at each call's p95: a little under 5 % more calls (the hedge waits a whole ms past p95).
  await expect(tails).toContainText(/Hedges: [\d,]+ copies, 4\.\d\d% more calls\./, {
    timeout: 30_000,
  });
  await expect(lab.page.getByTestId('tails-request-chart')).toBeVisible();

  await lab.gotoControlled('?model=promise-all&autorun=1');
  await expect(lab.runStatus).toHaveText('done');
  await expect(lab.page.getByTestId('tails')).toHaveCount(0);
});

test('the Repeat field refuses what it cannot run and says the limits', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all');
  const runs = lab.page.getByRole('spinbutton', { name: 'runs' });
  await runs.fill('100001');
  await runs.press('Enter');
  await expect(lab.page.getByTestId('repeat-controls')).toContainText('100000');
  await expect(lab.page).not.toHaveURL(/repeat=/);
  await lab.gotoControlled('?calls=10*100&error=*:5&repeat=5000');
  await expect(lab.page.getByTestId('repeat-controls')).toContainText('use repeat=2000 or less');
});

test('an embedded slide keeps the timeline and shows only the tails headline', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(
    `/?model=promise-all&calls=10/1000@1*100&repeat=${RUNS}&speed=20&autorun=1&embed=1&theme=projector`,
  );
  await expect(page.getByTestId('tails-slow-share')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('tails-request-chart')).toBeHidden();
  await expect(page.getByTestId('tails-table')).toBeHidden();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
