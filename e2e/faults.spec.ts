import { expect, test } from './fixtures.ts';
import { allowedLateMs, watchPageLateness } from './pageLateness.ts';

// Failures in the Fan-out lab (docs/faults.md): virtual runs are asserted exactly, live runs
// through the real MSW worker by outcome and order; a live time against a baseline measured
// beside the run in the page (pageLateness.ts), never a fixed window.

test('Promise.all rejects at the failure while the other calls keep running (virtual)', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=promise-all&error=business:100&speed=4');
  await lab.runToCompletion();
  const page = lab.page;
  await expect(page.getByTestId('request-outcome')).toHaveText('failed at 250 ms (call 2)');
  await expect(lab.makespanMs).toHaveText('500');
  await expect(lab.predictedMs).toHaveText('');
  await expect(page.getByText('no closed form with failures, timeouts or hedges')).toBeVisible();
  await expect(page.getByTestId('success-pct')).toHaveText('75');
  await expect(page.getByTestId('wasted-ms')).toHaveText('1,125');
});

test('a timeout bounds the tail of hanging calls (virtual)', async ({ lab }) => {
  await lab.gotoControlled(
    '?model=promise-all&calls=100~600*20&hang=*:10&timeout=1000&settle=allSettled&speed=10',
  );
  await lab.runToCompletion();
  expect(await lab.makespan()).toBeLessThanOrEqual(1000);
  await expect(lab.page.getByTestId('request-outcome')).toContainText('partial');
});

test('a live run fails the same way as the virtual one, and the calls keep running', async ({
  lab,
}) => {
  const query =
    '?model=promise-all&calls=session:60,business:120,user:240&error=business:100&speed=4';
  await lab.gotoControlled(query);
  await lab.runToCompletion();
  await expect(lab.page.getByTestId('request-outcome')).toHaveText('failed at 120 ms (call 2)');
  await lab.chooseEngine('Live');
  await expect(lab.page).toHaveURL(/engine=live/);
  const watch = await watchPageLateness(lab.page);
  await lab.runToCompletion();
  const lateness = await watch.stop();
  const outcome = (await lab.page.getByTestId('request-outcome').textContent()) ?? '';
  const failedAtMs = Number(
    /failed at ([\d.,]+) ms \(call 2\)/.exec(outcome)?.[1]?.replaceAll(',', ''),
  );
  // At the failed call's answer (one hop), no later than plain timers and calls beside it allow.
  expect(failedAtMs).toBeGreaterThanOrEqual(120 * 0.97);
  expect(failedAtMs, JSON.stringify(lateness)).toBeLessThanOrEqual(
    120 + allowedLateMs(lateness, 1),
  );
  // The user call ran on after the request had failed: their order.
  const makespanMs = await lab.makespan();
  expect(makespanMs).toBeGreaterThanOrEqual(240 * 0.97);
  expect(failedAtMs).toBeLessThan(makespanMs);
  await expect(lab.page.getByTestId('success-pct')).toHaveText(String(Math.round(2000 / 3) / 10));
});

test('live retries send the same copies as the virtual engine for the same seed', async ({
  lab,
}) => {
  const query =
    '?model=sequential&calls=40,40,40&error=*:50&retries=3&backoff=20&jitter=none&seed=3&settle=allSettled&speed=4';
  await lab.gotoControlled(query);
  await lab.runToCompletion();
  const virtualCopies = await lab.page.getByTestId('copies-per-call').textContent();
  const virtualSuccess = await lab.page.getByTestId('success-pct').textContent();
  await lab.chooseEngine('Live');
  await lab.runToCompletion();
  await expect(lab.page.getByTestId('copies-per-call')).toHaveText(virtualCopies ?? '');
  await expect(lab.page.getByTestId('success-pct')).toHaveText(virtualSuccess ?? '');
});

test('the timeline key and the span table name what failed, and the sequential loop skips the rest', async ({
  lab,
}) => {
  await lab.gotoControlled('?error=business:100&speed=10');
  await lab.runToCompletion();
  const key = lab.page.getByRole('list', { name: 'Key to the failures on the timeline' });
  await expect(key).toContainText('failed copy (500 error, or 504 after a hang)');
  await expect(key).toContainText('skipped (never sent)');
  await expect(key).toContainText('request failed');
  await expect(key).not.toContainText('hedge copy');
  const spans = await lab.spans();
  expect(spans.map((s) => s.state)).toEqual(['done', 'failed', 'skipped', 'skipped']);
  await expect(lab.page.getByTestId('request-outcome')).toHaveText('failed at 375 ms (call 2)');
});

test('hedging cuts the p99 of call times (virtual)', async ({ lab }) => {
  const query = '?model=promise-all&calls=search:50~1000*100&speed=20';
  await lab.gotoControlled(`${query}&timeout=60000`);
  await lab.runToCompletion();
  const withoutMs = Number(await lab.page.getByTestId('ok-p99-ms').textContent());
  await lab.gotoControlled(`${query}&hedge=150`);
  await lab.runToCompletion();
  const hedgedMs = Number(await lab.page.getByTestId('ok-p99-ms').textContent());
  expect(hedgedMs * 2).toBeLessThan(withoutMs);
  const key = lab.page.getByRole('list', { name: 'Key to the failures on the timeline' });
  await expect(key).toContainText('hedge copy');
});

test('Compare shows what failures did to each model', async ({ lab }) => {
  await lab.gotoControlled('?lab=compare&error=business:100&speed=20');
  await lab.page.getByTestId('run-button').click();
  await expect(lab.page.getByTestId('run-status')).toHaveText('done', { timeout: 15_000 });
  const row = (model: string) =>
    lab.page.locator(`[data-testid="compare-row"][data-model="${model}"]`);
  await expect(row('sequential').getByTestId('compare-request-outcome')).toHaveText('failed');
  await expect(row('sequential').getByTestId('compare-success-pct')).toHaveText('25%');
  await expect(row('promise-all').getByTestId('compare-success-pct')).toHaveText('75%');
  await expect(row('promise-all').getByTestId('compare-predicted-ms')).toHaveText('no closed form');
});

test('the Server lab says it runs without the failures a link sets, and can clear them', async ({
  lab,
}) => {
  await lab.gotoControlled('?lab=server&error=*:20&retries=2');
  const note = lab.page.getByTestId('server-faults-note');
  await expect(note).toContainText('The Server lab replays the talk');
  await note.getByRole('button', { name: 'Clear them' }).click();
  await expect(note).toBeHidden();
  await expect(lab.page).not.toHaveURL(/error=|retries=/);
});

test('the code panel shows the call policy every call goes through', async ({ lab }) => {
  await lab.gotoControlled('?retries=2&error=*:30&speed=20');
  await lab.runToCompletion();
  const panel = lab.page.getByTestId('code-panel');
  await panel.getByRole('tab', { name: 'Call policy (retries, timeouts, hedges)' }).click();
  await expect(panel).toContainText('src/core/policy/sendWithPolicy.ts');
  await expect(panel).toContainText('export async function sendWithPolicy');
});

test('a live timeout aborts hung calls near the deadline, and hedging works live', async ({
  lab,
}) => {
  await lab.gotoControlled(
    '?model=promise-all&calls=50,50,50&hang=*:100&hangFor=5000&timeout=200&settle=allSettled&engine=live',
  );
  const timeoutWatch = await watchPageLateness(lab.page);
  await lab.runToCompletion();
  const timeoutLateness = await timeoutWatch.stop();
  const makespanMs = await lab.makespan();
  // At the 200 ms deadline (the hangs would answer after 5 s): not before it, and no later than
  // what slowed plain timers and calls beside the run (one hop: the sends).
  expect(makespanMs).toBeGreaterThanOrEqual(195);
  expect(makespanMs, JSON.stringify(timeoutLateness)).toBeLessThanOrEqual(
    200 + allowedLateMs(timeoutLateness, 1),
  );
  const spans = await lab.spans();
  expect(spans.map((s) => s.state)).toEqual(['timed out', 'timed out', 'timed out']);

  // Seed 7: the first copy hangs (2 s), the hedge sent at 100 ms answers in 60 ms and wins.
  await lab.gotoControlled(
    '?model=sequential&calls=60&hang=*:50&hangFor=2000&hedge=100&engine=live&seed=7',
  );
  const hedgeWatch = await watchPageLateness(lab.page);
  await lab.runToCompletion();
  const hedgeLateness = await hedgeWatch.stop();
  await expect(lab.page.getByTestId('request-outcome')).toHaveText('ok');
  // The hedge's answer, not the hang's: at 160 ms, give or take the page's lateness (two hops:
  // the first copy's send, then the hedge).
  const hedged = await lab.makespan();
  expect(hedged).toBeGreaterThanOrEqual(160 * 0.97);
  expect(hedged, JSON.stringify(hedgeLateness)).toBeLessThanOrEqual(
    160 + allowedLateMs(hedgeLateness, 2),
  );
  const key = lab.page.getByRole('list', { name: 'Key to the failures on the timeline' });
  await expect(key).toContainText('hedge copy');
  await expect(key).toContainText('cancelled copy');
});
