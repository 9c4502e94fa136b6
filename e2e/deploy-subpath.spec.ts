import { SUBPATH_PORT } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';

const BASE = `http://localhost:${SUBPATH_PORT}/overlap/`;

test('the build served under /overlap/ registers its worker there and runs live', async ({
  lab,
}) => {
  await lab.page.goto(`${BASE}?model=promise-all&engine=live&autorun=1`);
  await lab.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const scriptUrl = await lab.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(scriptUrl).toBe(`${BASE}overlapWorker.js`);
  // The autorun starts once the worker is ready: watched from then on (the probes need it).
  await expect(lab.workerStatus).toHaveText('ready');
  const watch = await watchPageLateness(lab.page);
  await expect(lab.runStatus).toHaveText('done', { timeout: 15_000 });
  const lateness = await watch.stop();
  // Real waits: the 500 ms the calls take (sent together), no later than plain timers and calls
  // beside the run allow for one hop.
  const makespanMs = await lab.makespan();
  expect(makespanMs).toBeGreaterThanOrEqual(485);
  expect(makespanMs, JSON.stringify(lateness)).toBeLessThanOrEqual(
    500 + allowedLateMs(lateness, 1),
  );
});

test('edits keep the sub-path in the address', async ({ lab }) => {
  await lab.page.goto(BASE);
  await lab.chooseModel('Worker pool');
  await expect(lab.page).toHaveURL(`${BASE}?model=worker-pool`);
});
