import { expect, test } from './fixtures.ts';

/**
 * The virtual engine's connection cap in the page (docs/network.md, "Virtual connection cap"):
 * the pool-of-six lesson's staircase over HTTP/1.1 and its one wave over HTTP/2, read from the
 * page's own numbers, and Compare by protocol. Virtual runs only: exact, no server needed.
 */
test('the pool-of-six lesson takes 1000 ms over HTTP/1.1 and 500 ms over HTTP/2, as predicted', async ({
  lab,
}) => {
  await lab.page.goto('/?speed=10');
  const section = lab.page.getByTestId('protocol-fields');
  await section
    .getByLabel('Connection lessons')
    .selectOption({ label: 'Promise.all in a browser is a pool of six' });
  await expect(lab.page).toHaveURL(/[?&]calls=500\*12(&|$)/);
  await expect(lab.page).toHaveURL(/[?&]connections=6(&|$)/);
  await expect(section.getByTestId('lesson-note')).toContainText('exactly a worker pool of six');
  await expect(section.getByTestId('connection-cap')).toContainText(
    'one of 6 HTTP/1.1 connections',
  );

  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(1000);
  await expect(lab.predictedMs).toHaveAttribute('data-value', '1000');

  await section.getByRole('radio', { name: 'HTTP/2' }).check();
  await expect(lab.page).toHaveURL(/[?&]protocol=h2(&|$)/);
  // The lesson holds over either protocol: its note stays.
  await expect(section.getByTestId('lesson-note')).toContainText('Over HTTP/2');
  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(500);
  await expect(lab.predictedMs).toHaveAttribute('data-value', '500');
});

test('the connection-reuse lesson takes 530 ms with keep-alive and 800 ms with Connection: close', async ({
  lab,
}) => {
  await lab.page.goto('/?speed=10');
  const section = lab.page.getByTestId('protocol-fields');
  await section
    .getByLabel('Connection lessons')
    .selectOption({ label: 'Connection reuse: keep-alive versus Connection: close' });
  await expect(lab.page).toHaveURL(/[?&]setup=30(&|$)/);
  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(530);
  await section.getByRole('radio', { name: 'Connection: close' }).check();
  await expect(lab.page).toHaveURL(/[?&]connection=close(&|$)/);
  await expect(section.getByTestId('lesson-note')).toContainText('every call pays the set-up');
  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(800);
  await expect(lab.predictedMs).toHaveAttribute('data-value', '800');
});

test('a link with protocol=http1 and connections=6 shows the staircase: six calls end at 500 ms, six at 1000 ms', async ({
  lab,
}) => {
  await lab.page.goto('/?model=promise-all&calls=500*12&connections=6&protocol=http1&speed=10');
  await lab.runToCompletion();
  expect(await lab.makespan()).toBe(1000);
  const spans = await lab.spans();
  expect(spans.map((span) => span.endMs)).toEqual([
    ...Array<number>(6).fill(500),
    ...Array<number>(6).fill(1000),
  ]);
});

test('Compare by protocol shows one model over HTTP/1.1 and HTTP/2 side by side', async ({
  lab,
}) => {
  await lab.page.goto('/?lab=compare&compare=protocols&model=promise-all&calls=500*12&speed=10');
  await lab.runToCompletion();
  const lanes = lab.page.getByTestId('compare-lane');
  await expect(lanes).toHaveCount(2);
  expect(await lanes.evaluateAll((sections) => sections.map((s) => s.dataset['protocol']))).toEqual(
    ['http1', 'h2'],
  );
  await expect(lanes.nth(0)).toContainText('over HTTP/1.1');
  await expect(lanes.nth(1)).toContainText('over HTTP/2');
  const rows = lab.page.getByTestId('compare-row');
  await expect(rows).toHaveCount(2);
  const makespans = await Promise.all(
    (await rows.all()).map(async (row) =>
      Number(await row.getByTestId('compare-makespan-ms').getAttribute('data-value')),
    ),
  );
  expect(makespans).toEqual([1000, 500]);
});

test('a connections value out of range is refused in its field with the limit', async ({ lab }) => {
  await lab.page.goto('/');
  const before = lab.page.url();
  const field = lab.page
    .getByTestId('protocol-fields')
    .getByRole('spinbutton', { name: 'connections per host' });
  await field.fill('65');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(lab.page.getByText('"65" is above the maximum of 64')).toBeVisible();
  expect(lab.page.url()).toBe(before);
});
