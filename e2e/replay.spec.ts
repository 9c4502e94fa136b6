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
  await lab.gotoControlled('?model=worker-pool&speed=20');
  await lab.runToCompletion();
  const replay = replayOf(lab);
  await replay.scrubber.fill('125');
  // At 0.1x the 625 ms left take 6 s: time enough to see the cursor move, then stop.
  await replay.speed.selectOption('0.1');
  await replay.play.click();
  await expect(replay.pause).toBeVisible();
  await expect.poll(async () => Number(await replay.cursorMs.textContent())).toBeGreaterThan(130);
  await replay.pause.click();
  await expect(replay.play).toBeVisible();
  const heldMs = Number(await replay.cursorMs.textContent());
  expect(heldMs).toBeLessThan(750);
  await lab.page.waitForTimeout(400);
  await expect(replay.cursorMs).toHaveText(String(heldMs));
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
    await replay.play.click();
    // The first step is at once; then one event about every 600 ms, only ever on an event.
    await expect(replay.cursorMs).toHaveText('125');
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await replay.cursorMs.textContent()) ?? '');
          return seen.has('500');
        },
        { intervals: [50], timeout: 5000 },
      )
      .toBe(true);
    expect([...seen].every((ms) => ['125', '250', '500', '750'].includes(ms))).toBe(true);
    await expect(replay.cursorMs).toHaveText('750', { timeout: 2000 });
    await expect(replay.play).toBeVisible();
  });
});

test('a live run cannot be replayed while it runs, and says why', async ({ lab }) => {
  await lab.gotoControlled('?engine=live&model=sequential&calls=300,300,300');
  await lab.runButton.click();
  const replay = replayOf(lab);
  await expect(replay.scrubber).toBeDisabled();
  await expect(replay.play).toBeDisabled();
  await expect(lab.page.getByTestId('replay-disabled-reason')).toContainText(
    'a live run cannot be paused, the network does not wait',
  );
  await expect(lab.runStatus).toHaveText('done', { timeout: 10_000 });
  await expect(replay.scrubber).toBeEnabled();
  await replay.previous.click();
  await expect(replay.cursorState).toContainText('2 calls done, 1 in flight');
});
