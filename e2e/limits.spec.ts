import { expect, test } from './fixtures.ts';

test('more calls than a request may make: the codec names calls and the limit, and the page runs its default', async ({
  lab,
}) => {
  await lab.page.goto('/?calls=1*100001');
  await expect(lab.paramMessages).toContainText(
    'calls: item 1 "1*100001": count "100001" is above the maximum of 100000',
  );
  await lab.runToCompletion();
  await expect(lab.makespanMs).toHaveText('1250');
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
  // 1000 at a time, 100 ms each: 100 rounds.
  await expect(lab.makespanMs).toHaveText('10000');
  console.log(
    `100,000-call virtual run: ${runMs} ms to done; longest stall ${Math.round(
      Math.max(stall.maxFrameGapMs, stall.maxTimerGapMs),
    )} ms (frames ${Math.round(stall.maxFrameGapMs)} ms, timers ${Math.round(
      stall.maxTimerGapMs,
    )} ms)`,
  );
  expect(Math.max(stall.maxFrameGapMs, stall.maxTimerGapMs)).toBeLessThan(1000);

  // Reset still answers at once, and a second run can start and be reset mid-way.
  const resetStarted = Date.now();
  await lab.resetButton.click();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  const resetMs = Date.now() - resetStarted;
  console.log(`100,000-call virtual run: Reset answered in ${resetMs} ms`);
  expect(resetMs).toBeLessThan(1000);
});
