/**
 * The talk's Server lab rows run live (not a test): each row in a fresh page of the built app,
 * at the time scale the planner picks ("auto") or at given scales, several runs each; prints
 * the live makespan over the virtual one. Target (issue 13): the gevent rows (50, 100, 200
 * requests at one instant) within 3 % of virtual at the planner's scale.
 *
 * `liveServerRows(page, origin)` is what `npm run bench:live` calls with its own page; run
 * directly (`tsx bench/liveServerRows.ts [preset ...]`, env RUNS, SCALES=auto,1,0.1, PORT) it
 * builds the app, serves it and launches Chromium itself.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { timeScaleLabel } from '../src/core/live/timeScaleLabel.ts';
import { serverRunInputOf } from '../src/core/server/serverRunInput.ts';
import { simulateServer } from '../src/core/server/simulateServer.ts';
import type { TalkPresetName } from '../src/core/server/talkPresetNames.ts';
import { presetScenario } from '../src/core/server/talkPresets.ts';
import { median } from './median.ts';

/** The talk's burst rows: what the 3 % target is about. */
export const GEVENT_ROWS: readonly TalkPresetName[] = [
  'talk-gevent-50',
  'talk-gevent-100',
  'talk-gevent-200',
];

/** The talk's other rows that run live in well under a minute at their planned scale. */
export const QUICK_ROWS: readonly TalkPresetName[] = [
  'talk-sync-one',
  'talk-sync-processes',
  'talk-asyncio-one',
  'talk-asyncio',
  'talk-gevent-one',
  'talk-offload-one',
];

export interface LiveServerRow {
  readonly preset: TalkPresetName;
  /** 'auto' (the planner's, named in `scaleLabel`) or the scale chosen. */
  readonly scale: 'auto' | number;
  /** What the page said it ran at, e.g. "10× slower" ("50× slower then 100× slower" if auto re-planned). */
  readonly scaleLabel: string;
  readonly virtualMs: number;
  readonly liveMs: readonly number[];
  readonly medianMs: number;
  /** Median live makespan over the virtual one (1.00 = exact). */
  readonly ratio: number;
}

export interface LiveServerRowsOptions {
  readonly presets?: readonly TalkPresetName[];
  readonly scales?: ReadonlyArray<'auto' | number>;
  readonly runs?: number;
  /** Told of each row when it is measured (the main prints it). */
  readonly onRow?: (row: LiveServerRow) => void;
}

/** Runs each preset live at each scale, `runs` times, in `page` served from `origin`. */
export async function liveServerRows(
  page: Page,
  origin: string,
  options: LiveServerRowsOptions = {},
): Promise<LiveServerRow[]> {
  const { presets = GEVENT_ROWS, scales = ['auto'], runs = 3, onRow } = options;
  const rows: LiveServerRow[] = [];
  for (const preset of presets) {
    const virtualMs = (await simulateServer(serverRunInputOf(presetScenario(preset)))).makespanMs;
    for (const scale of scales) {
      await page.goto(new URL(`?lab=server&preset=${preset}&engine=live`, origin).href);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.getByTestId('worker-status').filter({ hasText: 'ready' }).waitFor();
      const select = page.getByTestId('time-scale');
      // The planner's choice appears once the virtual run is simulated: "auto (10× slower)".
      await page
        .locator('[data-testid="time-scale"] option[value="auto"]', {
          hasText: '(',
        })
        .waitFor({ state: 'attached' });
      await select.selectOption(scale === 'auto' ? 'auto' : String(scale));
      // Read before each run: after the first (calibrated) run, auto re-plans with what the page
      // measured of itself, and may pick another scale.
      const labels = new Set<string>();
      const liveMs: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const autoText = (await select.locator('option[value="auto"]').textContent()) ?? '';
        labels.add(
          scale === 'auto' ? (autoText.match(/\((.*)\)/)?.[1] ?? '?') : timeScaleLabel(scale),
        );
        await page.getByTestId('run-button').click();
        await page
          .getByTestId('run-status')
          .filter({ hasText: 'done' })
          .waitFor({ timeout: 300_000 });
        liveMs.push(Number(await page.getByTestId('makespan-ms').getAttribute('data-value')));
      }
      const scaleLabel = [...labels].join(' then ');
      const medianMs = median(liveMs);
      const row = {
        preset,
        scale,
        scaleLabel,
        virtualMs,
        liveMs,
        medianMs,
        ratio: medianMs / virtualMs,
      };
      onRow?.(row);
      rows.push(row);
    }
  }
  return rows;
}

/** One line of the table the main prints. */
export function formatLiveServerRow(row: LiveServerRow): string {
  const scale = `${row.scale === 'auto' ? 'auto ' : ''}${row.scaleLabel}`;
  const errorPct = (row.ratio - 1) * 100;
  return (
    `${row.preset.padEnd(20)} ${scale.padEnd(20)} ${row.virtualMs.toFixed(0).padStart(7)} ms ` +
    `${row.medianMs.toFixed(1).padStart(9)} ms  ${row.ratio.toFixed(3)}  ` +
    `${errorPct >= 0 ? '+' : ''}${errorPct.toFixed(2)} %  [${row.liveMs.map((ms) => ms.toFixed(0)).join(', ')}]`
  );
}

async function main(): Promise<void> {
  const port = Number(process.env['PORT'] ?? 5435);
  const runs = Number(process.env['RUNS'] ?? 3);
  const scales = (process.env['SCALES'] ?? 'auto')
    .split(',')
    .map((scale) => (scale === 'auto' ? ('auto' as const) : Number(scale)));
  const named = process.argv.slice(2) as TalkPresetName[];
  if (process.env['NO_BUILD'] === undefined) {
    execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  }
  const server = await preview({ preview: { port, strictPort: true }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    console.log(`Chromium ${browser.version()}, ${runs} runs per row, medians`);
    console.log(
      `${'row'.padEnd(20)} ${'scale'.padEnd(20)} ${'virtual'.padStart(10)} ${'live'.padStart(12)}  ratio`,
    );
    await liveServerRows(page, `http://localhost:${port}/`, {
      presets: named.length > 0 ? named : [...GEVENT_ROWS, ...QUICK_ROWS],
      scales,
      runs,
      onRow: (row) => console.log(formatLiveServerRow(row)),
    });
    console.log("Target: the gevent rows within 3 % of virtual at the planner's scale (auto).");
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
