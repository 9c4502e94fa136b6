import { expect, test } from './fixtures.ts';

test('Reset during a live run aborts it and no late response lands afterwards', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=1500,1500,1500,1500');
  await lab.runButton.click();
  await expect(lab.runStatus).toHaveText('running');
  await lab.page.waitForTimeout(300);
  await lab.resetButton.click();
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  // The mocked responses were due at 1.5 s: wait past them; nothing of the old run may appear.
  await lab.page.waitForTimeout(1800);
  await expect(lab.runStatus).toHaveText('idle');
  await expect(lab.emptyTimeline).toBeVisible();
  await expect(lab.makespanMs).toHaveText('');
});

test('a run started right after a Reset shows only its own calls', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all&engine=live&calls=900,900');
  await lab.runButton.click();
  await lab.page.waitForTimeout(200);
  await lab.resetButton.click();
  await lab.runButton.click();
  await expect(lab.runStatus).toHaveText('done', { timeout: 10_000 });
  const spans = await lab.spans();
  expect(spans).toHaveLength(2);
  expect(spans.map((s) => s.state)).toEqual(['done', 'done']);
  // Both calls belong to the second run: they started after the first run was reset.
  for (const span of spans) expect(span.endMs! - span.startMs!).toBeGreaterThanOrEqual(880);
});
