import { expect, test } from './fixtures.ts';

test("a request of a server run expands into its handler's calls", async ({ lab }) => {
  await lab.gotoControlled('?lab=server&preset=talk-sync-processes&autorun=1&speed=20');
  await expect(lab.runStatus).toHaveText('done', { timeout: 15_000 });
  const index = lab.page.getByTestId('request-calls-index');
  await index.fill('5');
  await expect(lab.page.getByRole('img', { name: /^Calls of request 5/ })).toBeVisible();
  await expect(
    lab.page.getByText(/worker took it \(at 1,250 ms\), 1,250 ms until its response/),
  ).toBeVisible();
});
