/**
 * In-browser timeline benchmark (not a test): serves bench/timeline.html with Vite, replays runs
 * of 1k, 10k and 100k calls through the real TimelineCanvas in headless Chromium, and prints the
 * median time between requestAnimationFrame callbacks (the target: 10,000 spans at 55 fps or
 * more, i.e. a median frame of at most 18.2 ms). `--shots DIR` also saves screenshots.
 *
 * Chromium: /usr/bin/chromium when present, else Playwright's own.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

// 0 calls is the baseline: the same page and replay loop with nothing to draw.
const SIZES = [0, 1_000, 10_000, 100_000];
const REPLAY_MS = 5000;
const shotsAt = process.argv.indexOf('--shots');
const shotsDir = shotsAt >= 0 ? process.argv[shotsAt + 1] : undefined;

const server = await createServer({ server: { port: 5199 }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 2,
  });
  const origin = server.resolvedUrls?.local[0] ?? 'http://localhost:5199/';
  const base = `${origin}bench/timeline.html`;
  console.log(`Chromium ${browser.version()}, 1280x900 viewport at dpr 2, replay ${REPLAY_MS} ms`);
  for (const calls of SIZES) {
    await page.goto(`${base}?calls=${calls}&replayMs=${REPLAY_MS}`);
    const text = await page
      .locator('#result')
      .filter({ hasText: 'fps' })
      .textContent({
        timeout: REPLAY_MS + 60_000,
      });
    console.log(text);
  }
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    const shots: Array<[string, string]> = [
      ['talk-light', 'calls=4&model=sequential&at=700&theme=light'],
      ['talk-dark', 'calls=4&model=sequential&at=700&theme=dark'],
      ['pool-20-aborted', 'calls=20&at=900&aborted=1'],
      ['offload', 'calls=6&model=offload&at=600'],
      ['pool-10k', 'calls=10000&at=60000'],
      ['pool-100k-dark', 'calls=100000&at=600000&theme=dark'],
    ];
    for (const [name, q] of shots) {
      await page.goto(`${base}?${q}`);
      await page.locator('#result').filter({ hasText: 'static' }).waitFor();
      await page.waitForTimeout(300);
      await page.locator('.timeline').screenshot({ path: `${shotsDir}/${name}.png` });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
