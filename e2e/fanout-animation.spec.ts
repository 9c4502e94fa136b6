import { expect, test } from './fixtures.ts';

test('the timeline redraws while a replay runs, not only when it ends', async ({ lab }) => {
  // At speed 0.1 the talk's 1250 ms replay lasts 12.5 s: a busy machine still sees it running.
  await lab.gotoControlled('?speed=0.1');
  await lab.runButton.click();
  const canvas = lab.page.locator('canvas').first();
  await expect(canvas).toHaveAttribute('data-drawn-version', /\d+/);
  const first = Number(await canvas.getAttribute('data-drawn-version'));
  // Redrawn (a newer frame) while the replay is still running: no guessed wait.
  await expect
    .poll(async () => Number(await canvas.getAttribute('data-drawn-version')))
    .toBeGreaterThan(first);
  await expect(lab.runStatus).toHaveText('running');
  await expect(lab.runStatus).toHaveText('done', { timeout: 30_000 });
});
