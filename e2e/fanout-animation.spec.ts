import { expect, test } from './fixtures.ts';

test('the timeline redraws while a replay runs, not only when it ends', async ({ lab }) => {
  // At speed 0.5 the talk's 1250 ms replay lasts 2.5 s.
  await lab.gotoControlled('?speed=0.5');
  await lab.runButton.click();
  const canvas = lab.page.locator('canvas').first();
  await expect(canvas).toHaveAttribute('data-drawn-version', /\d+/);
  const first = Number(await canvas.getAttribute('data-drawn-version'));
  await lab.page.waitForTimeout(400);
  const later = Number(await canvas.getAttribute('data-drawn-version'));
  await expect(lab.runStatus).toHaveText('running');
  expect(later).toBeGreaterThan(first);
  await expect(lab.runStatus).toHaveText('done', { timeout: 10_000 });
});
