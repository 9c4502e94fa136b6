import { expect, test } from './fixtures.ts';

test.describe('with prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a slow-motion virtual run appears at once instead of animating', async ({ lab }) => {
    // At speed 0.1 the talk's 1250 ms would replay for 12.5 s; reduced motion skips the replay.
    await lab.gotoControlled('?speed=0.1');
    await lab.runButton.click();
    await expect(lab.runStatus).toHaveText('done', { timeout: 2000 });
    await expect(lab.makespanMs).toHaveText('1,250');
  });
});

test('the lab works from the keyboard: pick a model with arrows, run with Enter', async ({
  lab,
}) => {
  await lab.gotoControlled('?speed=20');
  await lab.page.getByRole('radio', { name: /^Sequential\b/ }).focus();
  await lab.page.keyboard.press('ArrowDown');
  await expect(lab.page.getByRole('radio', { name: /^All at once\b/ })).toBeChecked();
  await expect(lab.page).toHaveURL(/model=promise-all/);
  await lab.runButton.focus();
  await lab.page.keyboard.press('Enter');
  await expect(lab.runStatus).toHaveText('done');
  await expect(lab.makespanMs).toHaveText('500');
});
