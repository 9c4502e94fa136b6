import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';

test('every edit updates the address, and back and forward restore the scenario', async ({
  lab,
}) => {
  await lab.gotoControlled();
  await lab.chooseModel('Worker pool');
  await expect(lab.page).toHaveURL(/\?model=worker-pool$/);
  await lab.chooseModel('Batches');
  await expect(lab.page).toHaveURL(/\?model=batches$/);
  await lab.page.goBack();
  await expect(lab.page).toHaveURL(/\?model=worker-pool$/);
  await expect(lab.page.getByRole('radio', { name: /^Worker pool\b/ })).toBeChecked();
  await lab.page.goForward();
  await expect(lab.page.getByRole('radio', { name: /^Batches\b/ })).toBeChecked();
});

test('a pasted link reproduces the run, and autorun=1 starts it on load', async ({ lab }) => {
  await lab.gotoControlled(
    '?model=throttled&throttle=fixed&cap=2&window=100&limit=1&calls=80,30,30,30&autorun=1&speed=5',
  );
  await expect(lab.runStatus).toHaveText('done');
  await expect(lab.makespanMs).toHaveText('170');
  await expect(lab.predictedMs).toHaveText('170');
  const starts = (await lab.spans()).map((s) => s.startMs);
  expect(starts).toEqual([0, 80, 110, 140]);
  await expect(lab.page.getByRole('radio', { name: /^Throttled\b/ })).toBeChecked();
});

test('without autorun the page waits for Run', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all');
  await lab.page.waitForTimeout(300);
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
});

test('invalid parameters show what was wrong and the defaults stand in', async ({ lab }) => {
  await lab.gotoControlled('?model=bogus&limit=0&calls=1,,2&autorun=1');
  await expect(lab.paramMessages).toContainText('model: "bogus" is not a model');
  await expect(lab.paramMessages).toContainText('limit: "0" is below the minimum of 1');
  await expect(lab.paramMessages).toContainText('calls: item 2 "" is empty');
  await expect(lab.page.getByRole('radio', { name: /^Sequential\b/ })).toBeChecked();
  await expect(lab.runStatus).toHaveText('done');
  await expect(lab.makespanMs).toHaveText('1,250');
});

test('a live autorun link waits for the worker, then runs live', async ({ lab }) => {
  await lab.page.goto('/?model=promise-all&engine=live&autorun=1');
  // The autorun starts once the worker is ready: watched from then on (the probes need it).
  await expect(lab.workerStatus).toHaveText('ready');
  const watch = await watchPageLateness(lab.page);
  await expect(lab.runStatus).toHaveText('done', { timeout: 15_000 });
  const lateness = await watch.stop();
  // Real waits: the 500 ms the calls take (sent together), no later than plain timers and calls
  // beside the run allow for one hop.
  const makespanMs = await lab.makespan();
  expect(makespanMs).toBeGreaterThanOrEqual(480);
  expect(makespanMs, JSON.stringify(lateness)).toBeLessThanOrEqual(
    500 + allowedLateMs(lateness, 1),
  );
});
