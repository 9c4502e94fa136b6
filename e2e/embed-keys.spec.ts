import { expect, test } from './fixtures.ts';
import { HostPage, type LabEvent } from './presenterHost.ts';

const keysOf = (events: readonly LabEvent[]): unknown[] =>
  events.filter((event) => event.type === 'overlap:key').map((event) => event['key']);

test.describe('keys the embedded lab does not use go to the deck', () => {
  test('arrows beyond the steps, Escape, f and s are handed on; steps stay in the lab', async ({
    page,
  }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    // Clicking the lab's frame gives it the keys.
    await host.lab.getByTestId('timeline-empty').click();
    // Before a run no step applies: the deck gets the arrow.
    await page.keyboard.press('ArrowRight');
    const first = await host.waitFor('overlap:key');
    expect(first).toEqual({
      type: 'overlap:key',
      key: 'ArrowRight',
      code: 'ArrowRight',
      shiftKey: false,
      repeat: false,
    });
    await page.keyboard.press('Space');
    await host.waitFor('overlap:run-finished');
    const cursor = host.lab.getByTestId('embed-cursor-ms');
    await expect(cursor).toHaveText('1,250');
    const before = (await host.events()).length;
    // Steps the lab can take stay inside.
    await page.keyboard.press('ArrowLeft');
    await expect(cursor).toHaveText('750');
    await page.keyboard.press('PageDown');
    await expect(cursor).toHaveText('1,250');
    // At the end, the next Right and Page Down are the deck's.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    for (const key of ['Escape', 'f', 's', 'ArrowDown']) await page.keyboard.press(key);
    await expect
      .poll(async () => keysOf((await host.events()).slice(before)))
      .toEqual(['ArrowRight', 'PageDown', 'Escape', 'f', 's', 'ArrowDown']);
    await expect(cursor).toHaveText('1,250');
    // At the start, Left and Page Up go to the deck too.
    await host.send({ type: 'overlap:seek', ms: 0 });
    await expect(cursor).toHaveText('0');
    const atStart = (await host.events()).length;
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => keysOf((await host.events()).slice(atStart)))
      .toEqual(['PageUp', 'ArrowLeft']);
  });

  test('keys typed into the lab are not handed on, nor keys pressed on the host', async ({
    page,
  }) => {
    const host = new HostPage(page);
    await host.goto('embed=1');
    await page.locator('#outside').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    expect(keysOf(await host.events())).toEqual([]);
  });
});

test.describe('still=1: a passive frame', () => {
  test('takes no keys and hands every one to the host', async ({ page }) => {
    const host = new HostPage(page);
    const ready = await host.goto('embed=1&still=1');
    expect(ready['messages']).toEqual([]);
    // Nothing in the frame took focus on load.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await host.lab.getByTestId('timeline-empty').click();
    for (const key of ['Space', '3', 'r', 'ArrowRight', 'PageDown', 'n']) {
      await page.keyboard.press(key);
    }
    await expect
      .poll(async () => keysOf(await host.events()))
      .toEqual([' ', '3', 'r', 'ArrowRight', 'PageDown', 'n']);
    // The lab did nothing with them: no run, no model picked.
    await expect(host.lab.getByTestId('run-status')).toHaveText('idle');
    await expect(host.lab.getByRole('button', { name: /^Sequential/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('a wrong still= value is reported and the frame keeps its keys', async ({ page }) => {
    const host = new HostPage(page);
    const ready = await host.goto('embed=1&still=yes&speed=10');
    expect(ready['messages']).toEqual([expect.objectContaining({ param: 'still', value: 'yes' })]);
    await host.lab.getByTestId('timeline-empty').click();
    await page.keyboard.press('Space');
    await host.waitFor('overlap:run-finished');
  });
});

test.describe('a slide that reloads its frame', () => {
  test('comes back with the same run, cursor and model', async ({ page }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    await host.lab.getByTestId('timeline-empty').click();
    // A model picked in the frame, a run, two steps back.
    await page.keyboard.press('3');
    await expect(host.lab.getByRole('button', { name: /^Worker pool/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Space');
    await host.waitFor('overlap:run-finished');
    const cursor = host.lab.getByTestId('embed-cursor-ms');
    await expect(cursor).toHaveText('750');
    await page.keyboard.press('ArrowLeft');
    await expect(cursor).toHaveText('500');

    const ready = await host.reloadLab();
    // The address the slide loads (the model picked in the frame is remembered, not in it).
    expect(ready['query']).toBe('speed=10&embed=1');
    await expect(host.lab.getByRole('button', { name: /^Worker pool/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(cursor).toHaveText('500');
    await expect(host.lab.getByTestId('run-status')).toHaveText('done');
    await expect(host.lab.getByTestId('makespan-ms')).toHaveText('750');
  });

  test('a frame reset before the reload comes back empty', async ({ page }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    await host.send({ type: 'overlap:run' });
    await host.waitFor('overlap:run-finished');
    await host.send({ type: 'overlap:reset' });
    await expect(host.lab.getByTestId('run-status')).toHaveText('idle');
    const before = (await host.events()).length;
    await host.reloadLab();
    await page.waitForTimeout(500);
    await expect(host.lab.getByTestId('run-status')).toHaveText('idle');
    const types = (await host.events()).slice(before).map((event) => event.type);
    expect(types).not.toContain('overlap:run-started');
  });
});
