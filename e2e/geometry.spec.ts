import { expect, test } from './fixtures.ts';
import {
  drawnRowsShare,
  GEOMETRY_LABS,
  GEOMETRY_SIZES,
  geometryAddress,
  measureGeometry,
  visibleShare,
  waitForRunDone,
} from './geometryCases.ts';

// The teacher's room (issue 12): at every size a lab is shown at, after Run the timeline is on
// the first screen, a slide never scrolls, no figure overflows its cell and a phone never scrolls
// sideways. One page per case; `npm run screenshots` saves a picture of each.

for (const lab of GEOMETRY_LABS) {
  for (const size of GEOMETRY_SIZES) {
    test(`${lab.name} at ${size.name}: the timeline is on the first screen after Run`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.widthPx, height: size.heightPx });
      await page.goto(geometryAddress(lab, size));
      await waitForRunDone(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const geometry = await measureGeometry(page);
      const [timeline] = geometry.canvases;
      expect(timeline, 'a timeline is shown').toBeDefined();
      if (timeline === undefined) return;
      expect(timeline.topPx, 'the timeline starts on the first screen').toBeLessThan(
        geometry.innerHeightPx,
      );
      expect(
        visibleShare(timeline.topPx, timeline.heightPx, geometry.innerHeightPx),
        `share of the timeline (top ${timeline.topPx} px, ${timeline.heightPx} px tall) in view`,
      ).toBeGreaterThanOrEqual(0.6);
      expect(geometry.overflowing, 'numbers and labels wider than their box').toEqual([]);
      if (size.embedded && lab.name === 'fanout') {
        expect(
          await drawnRowsShare(page),
          "the talk's four calls fill the timeline box",
        ).toBeGreaterThanOrEqual(0.4);
      }
      if (size.embedded) {
        expect(geometry.scrollHeightPx, 'no vertical scrollbar in the frame').toBeLessThanOrEqual(
          geometry.innerHeightPx,
        );
        expect(geometry.scrollWidthPx, 'no horizontal scrollbar in the frame').toBeLessThanOrEqual(
          geometry.innerWidthPx,
        );
        // Compare's lanes all share the slide.
        for (const canvas of geometry.canvases) {
          expect(canvas.topPx + canvas.heightPx).toBeLessThanOrEqual(geometry.innerHeightPx);
          expect(canvas.heightPx).toBeGreaterThan(40);
        }
      }
      if (size.handheld) {
        expect(geometry.scrollWidthPx, 'no sideways scroll').toBeLessThanOrEqual(
          geometry.innerWidthPx,
        );
        const run = await page.getByTestId('run-button').boundingBox();
        expect(run).not.toBeNull();
        expect((run?.y ?? Infinity) + (run?.height ?? 0)).toBeLessThanOrEqual(
          geometry.innerHeightPx,
        );
      }
    });
  }
}

test('the settings toggle hides the settings and gives the run the whole width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lab=fanout');
  const toggle = page.getByTestId('settings-toggle');
  const settings = page.getByRole('complementary', { name: 'Scenario' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(settings).toBeVisible();
  const before = await page.getByTestId('run-button').boundingBox();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(settings).toBeHidden();
  const after = await page.getByTestId('run-button').boundingBox();
  expect(after?.x ?? Infinity).toBeLessThan(before?.x ?? 0);
  await toggle.click();
  await expect(settings).toBeVisible();
});

test('on a phone the settings start closed and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lab=compare');
  const toggle = page.getByTestId('settings-toggle');
  const settings = page.getByRole('complementary', { name: 'Scenario' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(settings).toBeHidden();
  await toggle.click();
  await expect(settings).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('in a slide the failures fold to one line and open over the timeline', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lab=fanout&model=worker-pool&limit=2&error=*:25&retries=2&seed=4&embed=1');
  await page.getByTestId('run-button').click();
  await waitForRunDone(page);
  const faults = page.getByTestId('fault-numbers');
  await expect(faults.locator('summary')).toContainText('Request ok');
  await expect(page.getByTestId('success-pct')).toBeHidden();
  await faults.locator('summary').click();
  await expect(page.getByTestId('success-pct')).toBeVisible();
  const { scrollHeightPx, innerHeightPx } = await measureGeometry(page);
  expect(scrollHeightPx).toBeLessThanOrEqual(innerHeightPx);
});

/** The type sizes the main timeline was last drawn with (its canvas's data attributes). */
async function drawnTypePx(
  page: import('@playwright/test').Page,
): Promise<{ labelPx: number; axisPx: number }> {
  const canvas = page.locator('.timeline__canvas').first();
  return {
    labelPx: Number(await canvas.getAttribute('data-label-font-px')),
    axisPx: Number(await canvas.getAttribute('data-axis-font-px')),
  };
}

test('the canvas labels and axis grow with the frame, and larger still on the projector', async ({
  page,
}) => {
  // Twelve calls: rows thin enough at 720p that a taller frame has room to grow them.
  const sizes = [
    { widthPx: 1280, heightPx: 720, theme: '' },
    { widthPx: 1920, heightPx: 1080, theme: '' },
    { widthPx: 1920, heightPx: 1080, theme: '&theme=projector' },
  ];
  const drawn: Array<{ labelPx: number; axisPx: number }> = [];
  for (const size of sizes) {
    await page.setViewportSize({ width: size.widthPx, height: size.heightPx });
    await page.goto(`/?calls=100*12&embed=1${size.theme}&autorun=1&speed=20`);
    await waitForRunDone(page);
    await expect(page.locator('.timeline__canvas').first()).toHaveAttribute(
      'data-label-font-px',
      /^[1-9]/,
    );
    drawn.push(await drawnTypePx(page));
  }
  const [small, large, projector] = drawn;
  expect(large!.labelPx).toBeGreaterThan(small!.labelPx);
  expect(large!.axisPx).toBeGreaterThan(small!.axisPx);
  // The projector's axis type is larger at the same frame size; its row labels are bound by the
  // row height (its larger numbers strip leaves the timeline a little less room) but still grow
  // past the 720p frame's.
  expect(projector!.axisPx).toBeGreaterThan(large!.axisPx);
  expect(projector!.labelPx).toBeGreaterThan(small!.labelPx);
});
