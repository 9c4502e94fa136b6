import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { HostPage } from './presenterHost.ts';

test.describe('a host page drives the embedded lab by postMessage', () => {
  test('run: run-started, then run-finished with the summary', async ({ page }) => {
    const host = new HostPage(page);
    const ready = await host.goto('embed=1');
    expect(ready).toMatchObject({
      lab: 'fanout',
      query: 'embed=1',
      messages: [],
      commands: ['run', 'reset', 'pause', 'play', 'step', 'seek'],
    });
    await host.send({ type: 'overlap:run' });
    const started = await host.waitFor('overlap:run-started');
    expect(started).toEqual({
      type: 'overlap:run-started',
      lab: 'fanout',
      model: 'sequential',
      engine: 'virtual',
    });
    const finished = await host.waitFor('overlap:run-finished');
    expect(finished['summary']).toMatchObject({
      lab: 'fanout',
      model: 'sequential',
      engine: 'virtual',
      makespanMs: 1250,
      predictedMakespanMs: 1250,
      peakInFlight: 1,
      totalWaitMs: 1250,
    });
    const calls = (finished['summary'] as { calls: Array<{ service: string; endedAtMs: number }> })
      .calls;
    expect(calls.map((call) => [call.service, call.endedAtMs])).toEqual([
      ['session', 125],
      ['business', 375],
      ['user', 750],
      ['reviews', 1250],
    ]);
    // Advanced events come in order, throttled: far fewer than the replay's frames.
    const events = await host.events();
    const types = events.map((event) => event.type);
    expect(types.indexOf('overlap:run-started')).toBeLessThan(types.indexOf('overlap:advanced'));
    const advanced = events.filter((event) => event.type === 'overlap:advanced');
    expect(advanced.length).toBeLessThanOrEqual(12);
    expect(advanced.at(-1)).toMatchObject({ nowMs: 1250, status: 'done' });
    await expect(host.lab.getByTestId('makespan-ms')).toHaveText('1,250');
  });

  test('step and seek move the cursor; wrong-shaped messages are ignored', async ({ page }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    await host.send({ type: 'overlap:run' });
    await host.waitFor('overlap:run-finished');
    const cursor = host.lab.getByTestId('embed-cursor-ms');
    await expect(cursor).toHaveText('1,250');

    await host.send({ type: 'overlap:step', direction: -1 });
    await expect(cursor).toHaveText('750');
    await host.waitFor('overlap:advanced', (event) => event['nowMs'] === 750);
    await host.send({ type: 'overlap:step', direction: -1 });
    await expect(cursor).toHaveText('375');
    await host.send({ type: 'overlap:step' });
    await expect(cursor).toHaveText('750');
    await host.send({ type: 'overlap:seek', ms: 500 });
    await expect(cursor).toHaveText('500');

    const before = (await host.events()).length;
    for (const junk of [
      'overlap:run',
      'slide:start',
      null,
      42,
      [1, 2, 3],
      {},
      { type: 'overlap:explode' },
      { type: 'overlap:step', direction: 2 },
      { type: 'overlap:seek', ms: -5 },
      { type: 'overlap:seek', ms: '100' },
      { type: 'overlap:set-scenario', query: 12 },
    ]) {
      await host.send(junk);
    }
    // The junk moved nothing, and the lab still answers.
    await page.waitForTimeout(300);
    await expect(cursor).toHaveText('500');
    await host.send({ type: 'overlap:run' });
    await host.waitFor('overlap:run-finished', () => true, before);
    const after = (await host.events()).slice(before).map((event) => event.type);
    expect(after).not.toContain('overlap:error');
  });

  test('set-scenario applies a query, reports its messages, keeps the frame settings', async ({
    page,
  }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    await host.send({
      type: 'overlap:set-scenario',
      query: '?model=promise-all&limit=zero&embed=0',
    });
    const applied = await host.waitFor('overlap:scenario-set');
    expect(applied['query']).toBe('model=promise-all&embed=1');
    expect((applied['messages'] as Array<{ param: string }>).map((m) => m.param)).toEqual([
      'limit',
      'embed',
    ]);
    await expect(host.lab.getByRole('button', { name: /All at once/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await host.send({ type: 'overlap:run' });
    const finished = await host.waitFor('overlap:run-finished');
    expect(finished['summary']).toMatchObject({ model: 'promise-all', makespanMs: 500 });

    // The Compare lab takes run and reset, and says so for the rest.
    await host.send({ type: 'overlap:set-scenario', query: 'lab=compare' });
    await host.waitFor('overlap:scenario-set', (event) => event['query'] === 'lab=compare&embed=1');
    await host.send({ type: 'overlap:pause' });
    const error = await host.waitFor('overlap:error');
    expect(error).toEqual({
      type: 'overlap:error',
      command: 'overlap:pause',
      message: 'the compare lab cannot pause; overlap:pause was ignored',
    });
  });

  test('with origin=, messages from another origin are ignored', async ({ page }) => {
    const host = new HostPage(page);
    // The host page is not https://slides.example: the lab neither reads its messages nor posts
    // it any event (not even ready).
    await page.goto(
      `/examples/host.html?lab=${encodeURIComponent('embed=1&origin=https://slides.example')}`,
    );
    await host.send({ type: 'overlap:run' });
    await page.waitForTimeout(500);
    expect(await host.events()).toEqual([]);
    await expect(host.lab.getByTestId('run-status')).toHaveText('idle');
  });

  test('an off-screen frame holds its replay until it is scrolled into view', async ({ page }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&autorun=1', { offset: 3000 });
    await host.waitFor('overlap:run-started');
    await page.waitForTimeout(1500);
    // Held at its start: the 1.25 s replay would be over by now.
    await expect(host.lab.getByTestId('run-status')).toHaveText('running');
    expect(await host.cursorMs()).toBeLessThan(100);
    await page.locator('#lab').scrollIntoViewIfNeeded();
    await host.waitFor('overlap:run-finished');
    await expect(host.lab.getByTestId('makespan-ms')).toHaveText('1,250');
  });
});

test.describe('keyboard shortcuts', () => {
  test('Space runs, pauses and continues; R resets; number keys pick models', async ({ page }) => {
    // At 0.1x the talk's 1,250 ms take 12.5 s: the pause lands mid-run even on a loaded machine.
    await page.goto('/?embed=1&speed=0.1');
    const status = page.getByTestId('run-status');
    const cursor = page.getByTestId('embed-cursor-ms');
    await page.keyboard.press('Space');
    await expect(status).toHaveText('running');
    await expect
      .poll(async () => Number(await cursor.getAttribute('data-value')))
      .toBeGreaterThan(0);
    await page.keyboard.press('Space');
    // Paused: the cursor stops (a running one moves on every frame). Read it once it has settled
    // (the last frame before the pause may paint after the key), then it must stay there.
    let heldAt: string | null = null;
    await expect
      .poll(async () => {
        const before = await cursor.getAttribute('data-value');
        await page.waitForTimeout(300);
        heldAt = await cursor.getAttribute('data-value');
        return heldAt === before;
      })
      .toBe(true);
    expect(Number(heldAt)).toBeLessThan(1250);
    await page.waitForTimeout(400);
    await expect(cursor).toHaveAttribute('data-value', heldAt ?? '');
    await page.keyboard.press('Space');
    await expect.poll(async () => cursor.getAttribute('data-value')).not.toBe(heldAt);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await expect(status).toHaveText('idle');

    await page.keyboard.press('3');
    await expect(page).toHaveURL(/model=worker-pool/);
    await expect(page.getByRole('button', { name: /Worker pool/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Space');
    await expect(status).toHaveText('done', { timeout: 30_000 });
    await expect(page.getByTestId('makespan-ms')).toHaveText('750');
    // Stepping back event by event from the end.
    await page.keyboard.press('PageUp');
    await expect(cursor).toHaveText('500');
    await page.keyboard.press('ArrowLeft');
    await expect(cursor).toHaveText('250');
    await page.keyboard.press('PageDown');
    await expect(cursor).toHaveText('500');
  });

  test('? opens an accessible dialog that keeps focus and closes with Esc', async ({ page }) => {
    await page.goto('/');
    const opener = page.getByRole('button', { name: /Keyboard shortcuts/ });
    await opener.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    // Keys do nothing behind the dialog.
    await page.keyboard.press('2');
    await expect(page).not.toHaveURL(/model=/);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('?');
    await expect(dialog).toBeHidden();
  });

  test('keys typed in a field are text, not shortcuts', async ({ page }) => {
    await page.goto('/');
    const seed = page.getByLabel(/^seed/i);
    await seed.fill('');
    await seed.press('4');
    await seed.press('r');
    await seed.press('Space');
    await seed.press('?');
    await expect(page.getByTestId('run-status')).toHaveText('idle');
    await expect(page).not.toHaveURL(/model=/);
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('in a frame, keys reach the lab only while the frame has focus', async ({ page }) => {
    const host = new HostPage(page);
    await host.goto('embed=1&speed=10');
    await page.locator('#outside').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('2');
    await expect(page.locator('#outside')).toHaveValue(' 2');
    await expect(host.lab.getByTestId('run-status')).toHaveText('idle');
    // Clicking the lab's frame (not a control) gives it the keys.
    await host.lab.getByTestId('timeline-empty').click();
    await page.keyboard.press('Space');
    await host.waitFor('overlap:run-finished');
  });
});

test.describe('embedding and presenting', () => {
  test('embed=1 shows the lab without the header, tabs or settings', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'controls');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Labs' })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /^Sequential\b/ })).toBeHidden();
    await expect(page.getByTestId('run-button')).toBeVisible();
    await expect(page.getByTestId('reset-button')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Model' }).getByRole('button')).toHaveCount(6);
    await expect(page.getByTestId('export-menu')).toBeHidden();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('controls=0 is a figure with no controls at all', async ({ page }) => {
    await page.goto('/?embed=1&controls=0&autorun=1&speed=10');
    await expect(page.getByTestId('run-status')).toHaveText('done');
    await expect(page.getByTestId('makespan-ms')).toHaveText('1,250');
    await expect(page.getByTestId('run-button')).toBeHidden();
    await expect(page.getByTestId('reset-button')).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('canvas')).toBeVisible();
  });

  test('theme=projector sets data-theme and its colours', async ({ page }) => {
    await page.goto('/?embed=1&theme=projector');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return { text: style.color, background: style.backgroundColor };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  });

  for (const [width, height] of [
    [640, 360],
    [960, 540],
    [1920, 1080],
  ] as const) {
    for (const theme of ['auto', 'projector']) {
      test(`at ${width}x${height} (${theme}) the frame never scrolls sideways`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: width + 100, height: height + 200 });
        const host = new HostPage(page);
        await host.goto(`embed=1&autorun=1&speed=10&theme=${theme}&model=worker-pool`, {
          width,
          height,
        });
        await host.waitFor('overlap:run-finished');
        await expect(host.lab.getByTestId('makespan-ms')).toHaveText('750');
        const box = await host.lab.locator('html').evaluate((html) => ({
          scrollWidth: html.scrollWidth,
          clientWidth: html.clientWidth,
          scrollHeight: html.scrollHeight,
          clientHeight: html.clientHeight,
          canvasHeight: document.querySelector('canvas')?.getBoundingClientRect().height ?? 0,
          figureFontPx: Number.parseFloat(
            getComputedStyle(document.querySelector('[data-testid="makespan-ms"]') as Element)
              .fontSize,
          ),
        }));
        expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
        // The Fan-out lab fits its frame: no vertical scrolling either.
        expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight);
        // Legible: four thick rows of bars and large figures even in the smallest frame.
        expect(box.canvasHeight).toBeGreaterThanOrEqual(150);
        expect(box.figureFontPx).toBeGreaterThanOrEqual(20);
      });
    }
  }
});
