/**
 * Takes the README's screenshots of each lab (not a test): builds nothing itself, so run
 * `npx vite build` first. Serves dist/ with `vite preview`, opens each lab in headless Chromium,
 * runs it, and saves PNGs to docs/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const OUT = 'docs/screenshots';
/** `scrollTo`: a selector scrolled to the top of the window before the shot. */
const SHOTS: ReadonlyArray<{
  name: string;
  query: string;
  scheme: 'light' | 'dark';
  scrollTo?: string;
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
    scrollTo: '.run-numbers--faults',
  },
];

mkdirSync(OUT, { recursive: true });
const server = await preview({ preview: { port: 5197, strictPort: true }, logLevel: 'error' });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      colorScheme: shot.scheme,
    });
    await page.goto(`http://localhost:5197/${shot.query}`);
    if (shot.query.includes('autorun')) {
      await page
        .getByTestId('run-status')
        .filter({ hasText: 'done' })
        .first()
        .waitFor({ timeout: 20_000 });
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
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
