import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/LabPage.ts';

test('more calls than a request may make: the codec names calls and the limit, and the page runs its default', async ({
  lab,
}) => {
  await lab.page.goto('/?calls=1*100001');
  await expect(lab.paramMessages).toContainText(
    'calls: item 1 "1*100001": count "100001" is above the maximum of 100000',
  );
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('1,250');
});

test('a live run of more than 1000 calls falls back to the virtual engine and says so', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=50*1001');
  await expect(lab.paramMessages).toContainText(
    'engine: "live" runs at most 1000 calls and this scenario has 1001, so the run uses the virtual engine instead.',
  );
  await expect(lab.page.getByRole('radio', { name: /^Virtual\b/ })).toBeChecked();
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('50');
});

test('a server run beyond the total-work cap sends as many requests as fit, and says so', async ({
  lab,
}) => {
  await lab.page.goto('/?lab=server&requests=100000&calls=1*11');
  await expect(lab.paramMessages).toContainText(
    'requests: 100000 requests of 11 calls make 1100000 upstream calls, more than the 1000000 a server run may make, so the run sends 90909 requests instead.',
  );
  await expect(lab.runButton).toBeEnabled();
});

/** Installs a probe in the page: the longest gap between animation frames and between timers. */
async function startStallProbe(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { maxFrameGapMs: 0, maxTimerGapMs: 0, running: true };
    (window as unknown as { stallProbe: typeof probe }).stallProbe = probe;
    let lastFrame = performance.now();
    const frame = (now: number) => {
      probe.maxFrameGapMs = Math.max(probe.maxFrameGapMs, now - lastFrame);
      lastFrame = now;
      if (probe.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let lastTimer = performance.now();
    const tick = () => {
      const now = performance.now();
      probe.maxTimerGapMs = Math.max(probe.maxTimerGapMs, now - lastTimer);
      lastTimer = now;
      if (probe.running) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
}

async function stopStallProbe(
  page: import('@playwright/test').Page,
): Promise<{ maxFrameGapMs: number; maxTimerGapMs: number }> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        stallProbe: { maxFrameGapMs: number; maxTimerGapMs: number; running: boolean };
      }
    ).stallProbe;
    probe.running = false;
    return { maxFrameGapMs: probe.maxFrameGapMs, maxTimerGapMs: probe.maxTimerGapMs };
  });
}

/**
 * Responsive, by causality rather than a time window: the moment the run starts, the page itself
 * queues a Reset press as a timer task. A page that yields to the host between engine chunks runs
 * that task while the engine is still computing (no timeline yet), so the timeline never appears;
 * a page frozen by the run would run it only after the timeline had appeared. The press is made
 * in the page, not by the test driver, so a slow driver on a busy machine cannot arrive late.
 */
async function expectResetDuringComputation(lab: LabPage): Promise<void> {
  const { page } = lab;
  interface Seen {
    resetQueued: boolean;
    emptyWhenPressed: boolean | null;
    timelineWhileRunning: boolean;
  }
  await page.evaluate(() => {
    const seen: Seen = { resetQueued: false, emptyWhenPressed: null, timelineWhileRunning: false };
    (window as unknown as { seen: Seen }).seen = seen;
    const timelineEmpty = () => document.querySelector('[data-testid="timeline-empty"]') !== null;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="run-status"]')?.textContent !== 'running') return;
      if (!timelineEmpty()) seen.timelineWhileRunning = true;
      if (seen.resetQueued) return;
      seen.resetQueued = true;
      setTimeout(() => {
        seen.emptyWhenPressed = timelineEmpty();
        document.querySelector<HTMLButtonElement>('[data-testid="reset-button"]')?.click();
      }, 0);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await lab.runButton.click();
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
  await expect
    .poll(async () => (await seen()).emptyWhenPressed, { timeout: 60_000 })
    .not.toBeNull();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  expect(await seen()).toEqual({
    resetQueued: true,
    emptyWhenPressed: true,
    timelineWhileRunning: false,
  });
}

test('a virtual run of 100,000 calls completes and the page stays responsive', async ({ lab }) => {
  test.setTimeout(90_000);
  const { page } = lab;
  await page.goto('/?calls=100*100000&model=worker-pool&limit=1000&speed=100');
  await expect(lab.paramMessages).toHaveCount(0);
  await startStallProbe(page);
  const started = Date.now();
  await lab.runToCompletion(60_000);
  const runMs = Date.now() - started;
  const stall = await stopStallProbe(page);
  // 1000 at a time, 100 ms each: 100 rounds. From 10 s on, the figure reads in seconds.
  await expect(lab.makespanMs).toHaveText('10');
  await expect(lab.makespanMs).toHaveAttribute('data-value', '10000');
  console.log(
    `100,000-call virtual run: ${runMs} ms to done; longest stall ${Math.round(
      Math.max(stall.maxFrameGapMs, stall.maxTimerGapMs),
    )} ms (frames ${Math.round(stall.maxFrameGapMs)} ms, timers ${Math.round(
      stall.maxTimerGapMs,
    )} ms)`,
  );
  // Times are logged, not asserted (a shared 2-core machine stretches them): responsiveness is
  // asserted by causality below.
  const resetStarted = Date.now();
  await lab.resetButton.click();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  console.log(`100,000-call virtual run: Reset answered in ${Date.now() - resetStarted} ms`);
  await expectResetDuringComputation(lab);
});

test('more copies than a run may send: the codec lowers retries and says so; raised again, the run will not start', async ({
  lab,
}) => {
  const { page } = lab;
  await page.goto('/?calls=1*50000&error=*:10&retries=10');
  await expect(lab.paramMessages).toContainText(
    'retries: 50000 calls x 11 copies (the first send and 10 retries) = 550000 copies, more than the 100000 a run may send, so the run uses at most 1 retry instead; use at most 9090 calls to keep 10 retries.',
  );
  const retries = page.getByRole('spinbutton', { name: 'retries' });
  await expect(retries).toHaveValue('1');
  // The controls can still ask for 10: the policy says the run would not start, and it does not.
  await retries.fill('10');
  await retries.press('Enter');
  await expect(
    page.getByText('A run would not start: a run sends at most 100000 copies'),
  ).toBeVisible();
  await lab.runButton.click();
  await expect(
    page.getByText(
      'The run failed: a run sends at most 100000 copies of calls, and this one may send 50000 calls x 11 copies',
    ),
  ).toBeVisible();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
});

test('a live run that may send more than 1000 copies runs virtually, and Live says why', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=50*100&error=*:10&retries=10');
  await expect(lab.paramMessages).toContainText(
    'engine: "live" sends at most 1000 copies of calls (each a real fetch()) and this scenario may send 100 calls x 11 copies (the first send and 10 retries) = 1100 copies, so the run uses the virtual engine instead; to run it live, use at most 90 calls or at most 9 retries.',
  );
  await expect(lab.page.getByRole('radio', { name: /^Virtual\b/ })).toBeChecked();
  await expect(lab.page.getByRole('radio', { name: /^Live\b/ })).toBeDisabled();
});

// Exactly MAX_COPIES: 50,000 calls, each failing twice (the first send and 1 retry).
const AT_THE_COPY_CAP =
  '/?model=worker-pool&limit=1000&settle=allSettled&calls=100*50000&error=*:100&retries=1&speed=100';

test('a virtual run of exactly 100,000 copies completes, and the page answers during it', async ({
  lab,
}) => {
  test.setTimeout(120_000);
  const { page } = lab;
  await page.goto(AT_THE_COPY_CAP);
  await expect(lab.paramMessages).toHaveCount(0);
  await startStallProbe(page);
  const started = Date.now();
  await lab.runToCompletion(90_000);
  const runMs = Date.now() - started;
  const stall = await stopStallProbe(page);
  // The same numbers as `npm run sim` gives for this query.
  await expect(lab.makespanMs).toHaveText('12.7');
  await expect(lab.makespanMs).toHaveAttribute('data-value', '12663');
  await expect(page.getByTestId('copies-per-call')).toHaveText('2.00');
  console.log(
    `100,000-copy virtual run: ${runMs} ms to done; longest stall ${Math.round(
      Math.max(stall.maxFrameGapMs, stall.maxTimerGapMs),
    )} ms (frames ${Math.round(stall.maxFrameGapMs)} ms, timers ${Math.round(stall.maxTimerGapMs)} ms)`,
  );

  await lab.resetButton.click();
  await expect(lab.runStatus).toHaveText('idle');
  await expectResetDuringComputation(lab);
});
