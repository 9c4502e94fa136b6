import { TEACH_LINKS } from '../src/ui/presenter/teach/teachLinks.ts';
import { expect, test } from './fixtures.ts';

test('the header opens the Teach page, and Back returns to the lab', async ({ page }) => {
  await page.goto('/?model=batches');
  await page.getByRole('link', { name: 'Teach with Overlap' }).click();
  await expect(page.getByRole('heading', { name: 'Teach with Overlap' })).toBeVisible();
  await expect(page.getByRole('link')).toContainText(TEACH_LINKS.map((link) => link.title));
  await expect(page.getByText('embed=1&theme=projector&still=1', { exact: false })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Teach with Overlap' })).toBeHidden();
  await expect(page.getByTestId('run-button')).toBeVisible();
});

for (const [index, link] of TEACH_LINKS.entries()) {
  test(`lecture link ${index + 1}, "${link.title}", opens without a message`, async ({ page }) => {
    await page.goto('/#teach');
    await page.getByRole('link', { name: link.title, exact: true }).click();
    // Every regex character escaped: a href may hold `*` (calls=500*12) as well as `?` and `#`.
    await expect(page).toHaveURL(
      new RegExp(`${link.href.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&')}$`),
    );
    if (link.href.endsWith('#talk')) {
      await expect(
        page.getByRole('region', { name: 'The talk’s table', exact: true }),
      ).toBeVisible();
    } else {
      await expect(page.getByTestId('run-status')).toHaveText('done', { timeout: 15_000 });
    }
    await expect(page.getByTestId('param-messages')).toHaveCount(0);
  });
}
