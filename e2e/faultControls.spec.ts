import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('a link with faults opens Failures and retries, showing the rates it sets', async ({
  lab,
}) => {
  await lab.page.goto('/?error=business:100');
  const section = lab.page.getByTestId('fault-controls');
  await expect(section).toHaveAttribute('open', '');
  await expect(
    section.getByRole('spinbutton', { name: 'business error %', exact: true }),
  ).toHaveValue('100');
  await expect(
    section.getByRole('spinbutton', { name: 'reviews error %', exact: true }),
  ).toHaveValue('0');
});

test('choosing a lesson writes its values to the address and shows what to try next', async ({
  lab,
}) => {
  await lab.page.goto('/?error=business:100');
  const section = lab.page.getByTestId('fault-controls');
  await section.getByLabel('Failure lessons').selectOption({ label: 'Retries amplify load' });
  await expect(lab.page).toHaveURL(/[?&]retries=3(&|$)/);
  await expect(lab.page).toHaveURL(/[?&]error=\*:40(&|$)/);
  await expect(section.getByTestId('lesson-note')).toContainText('Set retries to 0');
  await expect(section.getByRole('spinbutton', { name: 'retries', exact: true })).toHaveValue('3');
});

test('a rate over 100 % is refused in its field and the address stays as it was', async ({
  lab,
}) => {
  await lab.page.goto('/?error=business:100');
  const section = lab.page.getByTestId('fault-controls');
  const before = lab.page.url();
  const error = section.getByRole('spinbutton', { name: 'reviews error %', exact: true });
  await error.fill('150');
  await expect(error).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('"150" is above the maximum of 100')).toBeVisible();
  expect(lab.page.url()).toBe(before);
  // A sum past 100 names the service; Escape brings back the last valid value.
  const hang = section.getByRole('spinbutton', { name: 'business hang %', exact: true });
  await hang.fill('5');
  await expect(
    section.getByText('business: error, hang and 429 add up to 105 %; at most 100.'),
  ).toBeVisible();
  expect(lab.page.url()).toBe(before);
  await hang.press('Escape');
  await expect(hang).toHaveValue('0');
});

test('the open section passes axe and works from the keyboard alone', async ({ lab }) => {
  await lab.page.goto('/?error=business:100&timeout=1000');
  const section = lab.page.getByTestId('fault-controls');
  await expect(section).toHaveAttribute('open', '');
  const results = await new AxeBuilder({ page: lab.page })
    .include('[data-testid="fault-controls"]')
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Arrow keys step the retries; an emptied timeout means none and leaves the address.
  const retries = section.getByRole('spinbutton', { name: 'retries', exact: true });
  await retries.focus();
  await retries.press('ArrowUp');
  await expect(lab.page).toHaveURL(/[?&]retries=1(&|$)/);
  const timeout = section.getByRole('spinbutton', { name: 'timeout (ms)', exact: true });
  await timeout.focus();
  await timeout.press('ControlOrMeta+a');
  await timeout.press('Backspace');
  await expect(lab.page).not.toHaveURL(/timeout=/);
  await section
    .getByRole('checkbox', { name: /^Cancel the rest on the first failure/ })
    .press('Space');
  await expect(lab.page).toHaveURL(/[?&]cancel=1(&|$)/);
});
