import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { LabPage } from './pages/LabPage.ts';

/** The replay bar and code panel of the Fan-out lab, by role, label and test id. */
function replayOf(lab: LabPage) {
  const page = lab.page;
  const code = page.getByTestId('code-panel');
  return {
    scrubber: page.getByRole('slider', { name: 'Replay position (ms)' }),
    cursorMs: page.getByTestId('cursor-ms'),
    cursorState: page.getByTestId('cursor-state'),
    previous: page.getByRole('button', { name: 'Previous event', exact: true }),
    next: page.getByRole('button', { name: 'Next event', exact: true }),
    play: page.getByRole('button', { name: 'Play', exact: true }),
    pause: page.getByRole('button', { name: 'Pause', exact: true }),
    speed: page.getByLabel('Playback speed', { exact: true }),
    code,
    activeLine: code.getByTestId('code-active-line'),
    tab: (name: string): Locator => code.getByRole('tab', { name, exact: true }),
  };
}

// worker-pool(2) on the talk's 125/250/375/500 ms: starts 0, 0, 125, 250; ends 125, 250, 500,
// 750. At 200 ms call 1 is done, calls 2 and 3 are in flight, call 4 waits for a slot.
test('after a run, the scrubber, the event steps and the code panel follow the cursor', async ({
  lab,
}) => {
  await lab.gotoControlled('?model=worker-pool&speed=20');
  await lab.runToCompletion();
  const replay = replayOf(lab);
  await expect(replay.cursorMs).toHaveText('750');

  await replay.scrubber.fill('200');
  await expect(replay.cursorMs).toHaveText('200');
  await expect(replay.cursorState).toHaveText('At 200 ms: 1 call done, 2 in flight, 1 queued');
  await expect(replay.code).toContainText('src/core/models/workerPool.ts');
  await expect(replay.activeLine).toContainText('await pool.acquire()');
  await expect(replay.activeLine).toHaveAttribute('aria-current', 'true');

  await replay.next.click();
  await expect(replay.cursorMs).toHaveText('250');
  await replay.previous.click();
  await expect(replay.cursorMs).toHaveText('125');

  await replay.scrubber.fill('300');
  await expect(replay.cursorState).toHaveText('At 300 ms: 2 calls done, 2 in flight');
  await expect(replay.activeLine).toContainText('await ctx.send(');

  await replay.tab('Python (the talk)').click();
  await expect(replay.tab('Python (the talk)')).toHaveAttribute('aria-selected', 'true');
  await expect(replay.code).toContainText('ThreadPoolExecutor(max_workers=limit)');
  // At 300 ms nothing is queued: the Python highlight is the call itself.
  await expect(replay.activeLine).toContainText('requests.get(');
});

test('Play replays from the cursor and Pause holds it there', async ({ lab }) => {
  // A last call of 20 s: at 0.1x the replay from 125 ms would take over 3 minutes, so Pause
  // lands long before the end even on a machine loaded far past its cores.
  await lab.gotoControlled('?model=worker-pool&calls=125,250,375,20000&speed=20');
  await lab.runToCompletion();
  const replay = replayOf(lab);
  await replay.scrubber.fill('125');
  // The readout is in the run's unit (seconds here); its exact ms is in data-value.
  const exactMs = async (): Promise<number> =>
    Number(await replay.cursorMs.getAttribute('data-value'));
  await expect.poll(exactMs).toBe(125);
  await replay.speed.selectOption('0.1');
  await replay.play.click();
  await expect(replay.pause).toBeVisible();
  await expect.poll(exactMs).toBeGreaterThan(130);
  await replay.pause.click();
  await expect(replay.play).toBeVisible();
  const heldMs = await exactMs();
  expect(heldMs).toBeLessThan(20_250);
  await lab.page.waitForTimeout(400);
  expect(await exactMs()).toBe(heldMs);
});

test('the scrubber steps event by event from the keyboard', async ({ lab }) => {
  await lab.gotoControlled('?model=worker-pool&speed=20');
  await lab.runToCompletion();
  const replay = replayOf(lab);
  await replay.scrubber.focus();
  await lab.page.keyboard.press('Home');
  await expect(replay.cursorMs).toHaveText('0');
  await lab.page.keyboard.press('ArrowRight');
  await expect(replay.cursorMs).toHaveText('125');
  await lab.page.keyboard.press('End');
  await expect(replay.cursorMs).toHaveText('750');
  await expect(replay.cursorState).toHaveText('At 750 ms: 4 calls done; makespan 750 ms');
});

test.describe('with prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Play moves the cursor in steps, event by event, not in an animation', async ({ lab }) => {
    await lab.gotoControlled('?model=worker-pool&speed=0.1');
    await lab.runToCompletion();
    const replay = replayOf(lab);
    await replay.scrubber.fill('100');
    // Play starts from where the page shows the cursor: wait until it shows the new position.
    await expect(replay.cursorMs).toHaveText('100');
    // Every position the page shows, recorded in the page as it renders: a loaded machine may
    // poll too late to see a step, but the page cannot skip one.
    await lab.page.evaluate(() => {
      const cursor = document.querySelector('[data-testid="cursor-ms"]');
      if (!cursor) throw new Error('no cursor-ms');
      const seen: Array<{ text: string; atMs: number }> = [];
      Object.assign(window, { cursorSeen: seen });
      new MutationObserver(() =>
        seen.push({ text: cursor.textContent ?? '', atMs: performance.now() }),
      ).observe(cursor, { childList: true, characterData: true, subtree: true });
      // Before the app's own handler sees the click (capture phase on the window).
      window.addEventListener(
        'click',
        () => Object.assign(window, { playClickedAtMs: performance.now() }),
        { capture: true, once: true },
      );
    });
    await replay.play.click();
    // Play shows again when the stepper has shown the last event.
    await expect(replay.cursorMs).toHaveText('750', { timeout: 20_000 });
    await expect(replay.play).toBeVisible();
    const seen = await lab.page.evaluate(
      () => (window as unknown as { cursorSeen: Array<{ text: string; atMs: number }> }).cursorSeen,
    );
    // The first step is at once; then one event at a time, only ever on an event, never a glide.
    expect(seen.map((s) => s.text)).toEqual(['125', '250', '500', '750']);
    // Each event stays on screen for the stepper's interval: the last of three timed steps
    // comes no sooner than 3 x 600 ms after the click (timers never fire early; a busy machine
    // only makes it later).
    const clickedAtMs = await lab.page.evaluate(
      () => (window as unknown as { playClickedAtMs: number }).playClickedAtMs,
    );
    expect(seen.at(-1)!.atMs - clickedAtMs).toBeGreaterThanOrEqual(1800);
  });
});

test('a live run cannot be replayed while it runs, and says why', async ({ lab }) => {
  // 4.5 s of calls: long enough that the checks below happen while it runs, even when loaded.
  await lab.gotoControlled('?engine=live&model=sequential&calls=1500,1500,1500');
  await lab.runButton.click();
  const replay = replayOf(lab);
  await expect(replay.scrubber).toBeDisabled();
  await expect(replay.play).toBeDisabled();
  await expect(lab.page.getByTestId('replay-disabled-reason')).toContainText(
    'a live run cannot be paused, the network does not wait',
  );
  await expect(lab.runStatus).toHaveText('done', { timeout: 30_000 });
  await expect(replay.scrubber).toBeEnabled();
  await replay.previous.click();
  await expect(replay.cursorState).toContainText('2 calls done, 1 in flight');
});
