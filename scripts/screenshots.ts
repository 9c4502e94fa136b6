/**
 * Takes the README's screenshots of each lab and one of every geometry case (not a test): builds
 * nothing itself, so run `npx vite build` first. Serves dist/ with `vite preview` on
 * OVERLAP_SHOT_PORT (default 5197), opens each lab in headless Chromium, runs it, and saves PNGs
 * to docs/screenshots/ (the geometry cases under docs/screenshots/geometry/, named
 * lab--size.png). It prints each geometry case's canvas tops and heights, to compare layouts.
 * OVERLAP_SHOT_ONLY=readme takes only the README's shots; any other value only the geometry
 * cases whose name contains it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import {
  GEOMETRY_LABS,
  GEOMETRY_SIZES,
  geometryAddress,
  measureGeometry,
  waitForRunDone,
} from '../e2e/geometryCases.ts';

const OUT = 'docs/screenshots';
const GEOMETRY_OUT = `${OUT}/geometry`;
const PORT = Number(process.env['OVERLAP_SHOT_PORT'] ?? 5197);
const BASE = `http://localhost:${PORT}`;
/**
 * `scrollTo`: a selector scrolled to the top of the window before the shot; `open`: a folded
 * panel (a <details>) opened first.
 */
const SHOTS: ReadonlyArray<{
  name: string;
  query: string;
  scheme: 'light' | 'dark';
  scrollTo?: string;
  open?: string;
}> = [
  { name: 'fanout', query: '?model=worker-pool&autorun=1&speed=20', scheme: 'light' },
  { name: 'compare', query: '?lab=compare&autorun=1&speed=20', scheme: 'light' },
  {
    name: 'server',
    query: '?lab=server&preset=talk-sync-processes&autorun=1&speed=20',
    scheme: 'dark',
  },
  { name: 'talk', query: '?lab=server#talk', scheme: 'light' },
  {
    name: 'faults',
    query:
      '?model=worker-pool&limit=3&calls=120*8&error=*:25&busy=*:10&retries=2&backoff=60&timeout=400&hang=*:10&hedge=200&seed=4&autorun=1&speed=20',
    scheme: 'light',
    // The timeline, the numbers under it and the failures panel, opened.
    scrollTo: '.timeline',
    open: '.run-numbers--faults',
  },
];

/** The README's shots, at a desktop size. */
async function readmeShots(browser: Browser): Promise<void> {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      colorScheme: shot.scheme,
    });
    await page.goto(`${BASE}/${shot.query}`);
    if (shot.query.includes('autorun')) await waitForRunDone(page);
    if (shot.open !== undefined) {
      await page
        .locator(shot.open)
        .first()
        .evaluate((el) => el.setAttribute('open', ''));
    }
    if (shot.scrollTo !== undefined) {
      await page
        .locator(shot.scrollTo)
        .first()
        .evaluate((el) => el.scrollIntoView());
    }
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    console.log(`${OUT}/${shot.name}.png`);
    await page.close();
  }
}

/** One shot per lab and size, as the geometry spec checks them; prints what it measured. */
async function geometryShots(browser: Browser): Promise<void> {
  const only = process.env['OVERLAP_SHOT_ONLY'];
  for (const lab of GEOMETRY_LABS) {
    for (const size of GEOMETRY_SIZES) {
      const name = `${lab.name}--${size.name}`;
      if (only !== undefined && !name.includes(only)) continue;
      const page = await browser.newPage({
        viewport: { width: size.widthPx, height: size.heightPx },
        colorScheme: 'light',
      });
      await page.goto(`${BASE}${geometryAddress(lab, size)}`);
      await waitForRunDone(page);
      await page.waitForTimeout(800);
      const geometry = await measureGeometry(page);
      const canvas = geometry.canvases[0];
      const canvases = geometry.canvases.map(
        (c) => `${Math.round(c.topPx)}+${Math.round(c.heightPx)}`,
      );
      console.log(
        `${name}: canvas ${canvases.join(' ')}; doc ${geometry.scrollWidthPx}x${geometry.scrollHeightPx}` +
          ` in ${geometry.innerWidthPx}x${geometry.innerHeightPx}` +
          (canvas === undefined ? '; NO CANVAS' : '') +
          (geometry.overflowing.length > 0
            ? `; overflowing: ${geometry.overflowing.join(' | ')}`
            : ''),
      );
      await page.screenshot({ path: `${GEOMETRY_OUT}/${name}.png` });
      await page.close();
    }
  }
}

mkdirSync(GEOMETRY_OUT, { recursive: true });
const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const only = process.env['OVERLAP_SHOT_ONLY'];
  if (only === undefined || only === 'readme') await readmeShots(browser);
  if (only !== 'readme') await geometryShots(browser);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
