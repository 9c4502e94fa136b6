import { expect, test } from './fixtures.ts';
import { ServerLabPage } from './serverPage.ts';

/** A table cell's number: "1,192.93" -> 1192.93. */
const msOf = (cell: string | undefined): number => Number((cell ?? '').replaceAll(',', ''));

// ~2 s: the planner's choice and its note, before anything runs.
test('the time scale offers slow-downs, and the note says the scale before the run', async ({
  lab,
}) => {
  await lab.gotoControlled('?lab=server&preset=talk-gevent-100&engine=live');
  const select = lab.page.getByTestId('time-scale');
  const note = lab.page.getByTestId('live-scale-note');
  // 50 requests and their 200 calls at one instant: slower than real time so the page keeps up.
  await expect(select).toHaveValue('auto');
  await expect(select.locator('option[value="auto"]')).toHaveText(/^auto \(\d+× slower\)$/);
  await expect(select.locator('option')).toContainText(['10× slower', '100× slower']);
  const auto = /\((\d+× slower)\)/.exec(
    (await select.locator('option[value="auto"]').textContent()) ?? '',
  )?.[1];
  await expect(note).toContainText(`Running ${auto} so the page keeps up`);
  await expect(lab.page.getByTestId('live-duration')).toHaveText(
    /^This run will take about \d+ s\.$/,
  );
  // The person's own scale is checked, and one that cannot keep time says so before the run.
  await select.selectOption('1');
  await expect(note).toContainText('This live run will not keep its timings even at real time');
  await expect(lab.runStatus).toHaveText('idle');
});

// About a minute: the row at its planned scale (50x slower with the assumed capacity: 50 s of
// wall time, plus the calibration). Asserts the talk's claim, never a wall-time window.
test('gevent with 100 requests run live at the auto scale takes two rounds, as virtual', async ({
  lab,
}) => {
  test.setTimeout(240_000);
  const server = new ServerLabPage(lab.page);
  await lab.gotoControlled('?lab=server&preset=talk-gevent-100&engine=live');
  const select = lab.page.getByTestId('time-scale');
  await expect(select.locator('option[value="auto"]')).toHaveText(/^auto \(\d+× slower\)$/);
  const auto = /\((\d+× slower)\)/.exec(
    (await select.locator('option[value="auto"]').textContent()) ?? '',
  )?.[1];
  await lab.runButton.click();
  await expect(server.liveProgress).toContainText(`Live at ${auto}: `);
  await expect(lab.runStatus).toHaveText('done', { timeout: 200_000 });
  await expect(lab.predictedMs).toHaveText('1,000');
  // The client's 50 slots bind: the first 50 requests go out at once and are served together
  // (every greenlet of both processes busy), the other 50 only as the first ones come back.
  await expect(lab.page.getByTestId('peak-busy-workers')).toHaveText('50');
  const rows = await server.requestRows();
  expect(rows).toHaveLength(100);
  const sent = rows.map((cells) => msOf(cells[1]));
  const ended = rows.map((cells) => msOf(cells[3]));
  const firstRoundEnd = Math.min(...ended.slice(0, 50));
  const lastFirstRoundSend = Math.max(...sent.slice(0, 50));
  // Causality: no second-round request is sent before a first-round one has come back.
  for (const at of sent.slice(50)) expect(at).toBeGreaterThanOrEqual(firstRoundEnd);
  // The first round is one burst, the second starts after the first's 500 ms.
  expect(lastFirstRoundSend).toBeLessThan(firstRoundEnd);
  expect(firstRoundEnd).toBeGreaterThanOrEqual(500);
  // Two rounds of 500 ms: at least the virtual 1000 ms, and short of a third round.
  const makespan = await lab.makespan();
  expect(makespan).toBeGreaterThanOrEqual(1000);
  expect(makespan).toBeLessThan(1500);
});
