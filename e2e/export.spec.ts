import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { decodeScenario, encodeScenario } from '../src/core/urlCodec.ts';
import { validateChromeTrace } from '../src/core/export/testing/validateChromeTrace.ts';
import { validateHar } from '../src/core/export/testing/validateHar.ts';
import { preferredHeightPx } from '../src/ui/timeline/timelineLayout.ts';
import { expect, test } from './fixtures.ts';

// The Export and share menu of the Fan-out lab (src/ui/export/ExportMenu.tsx): every file it
// saves is read back from the download and parsed. Reduced motion shows a virtual run at once.
test.use({ reducedMotion: 'reduce' });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The Fan-out lab draws three charts (calls in flight, wait vs flight, makespan). */
const CHART_COUNT = 3;

async function openMenu(page: Page): Promise<void> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await menu.getByText('Export and share').click();
  }
  await expect(page.getByTestId('copy-link')).toBeVisible();
}

/** Presses an export button and returns the one file it downloads. */
async function saved(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return read(download);
}

async function read(download: Download): Promise<{ name: string; bytes: Buffer }> {
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** A PNG's width in pixels: the first field of its IHDR chunk, right after the signature. */
const pngWidth = (bytes: Buffer): number => bytes.readUInt32BE(16);
const pngHeight = (bytes: Buffer): number => bytes.readUInt32BE(20);

/** A PNG's tEXt chunks, keyword to text (walking the chunks from the signature). */
function pngTexts(bytes: Buffer): Record<string, string> {
  const texts: Record<string, string> = {};
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const [keyword = '', text = ''] = bytes
        .toString('latin1', at + 8, at + 8 + length)
        .split('\0');
      texts[keyword] = text;
    }
    at += 12 + length;
  }
  return texts;
}

/** The link that reproduces `query`: this page's origin and path with the canonical query. */
function reproducingLink(page: Page, query: string): string {
  const canonical = encodeScenario(decodeScenario(query).scenario);
  return `${new URL(page.url()).origin}/${canonical === '' ? '' : `?${canonical}`}`;
}

/** What a saved chart SVG says about itself, read by the browser's XML parser. */
interface SvgReading {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  /** The visible title (its lines joined), the chart's own title, the legend, the caption. */
  readonly title: string;
  readonly subtitle: string;
  readonly legend: string[];
  readonly caption: string;
  readonly heightPx: number;
  readonly chartHeightPx: number;
  readonly chartTicks: string[];
}

async function readSvg(page: Page, text: string): Promise<SvgReading> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = root.querySelector('.export-body > svg');
    const own = (selector: string) =>
      [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');
    return {
      name: root.querySelector(':scope > title')?.textContent ?? '',
      description: root.querySelector(':scope > desc')?.textContent ?? '',
      source:
        root
          .querySelector(':scope > metadata')
          ?.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'source')[0]?.textContent ??
        '',
      title: own('.export-title').join(' '),
      subtitle: own('.export-subtitle').join(' '),
      legend: own('.export-legend-label'),
      caption: own('.export-caption-line').join(' '),
      heightPx: Number(root.getAttribute('height')),
      chartHeightPx: Number(chart?.getAttribute('height')),
      chartTicks: [...(chart?.querySelectorAll('.recharts-cartesian-axis-tick-value') ?? [])].map(
        (el) => el.textContent ?? '',
      ),
    };
  }, text);
}

/** Presses "Charts as SVG" and returns every file it saves. */
async function savedCharts(page: Page): Promise<Array<{ name: string; bytes: Buffer }>> {
  // The charts' code loads lazily; on a loaded machine that takes more than the default 5 s.
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: 20_000 });
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByTestId('export-svg').click();
  await expect.poll(() => downloads.length).toBe(CHART_COUNT);
  return Promise.all(downloads.map(read));
}

const lines = (text: string): string[] => text.split(/\r?\n/).filter((line) => line !== '');

test.describe('exports of a virtual run', () => {
  test.beforeEach(async ({ lab }) => {
    await lab.gotoControlled();
    await openMenu(lab.page);
    // Nothing to export before a run: disabled, and the menu says why.
    await expect(lab.page.getByTestId('export-json')).toBeDisabled();
    await expect(lab.page.getByTestId('export-menu')).toContainText('Run the scenario first');
    await lab.runToCompletion();
    await expect(lab.page.getByTestId('export-json')).toBeEnabled();
  });

  test('the timeline PNG starts with the PNG signature and is twice as wide at 2x', async ({
    lab,
  }) => {
    const one = await saved(lab.page, 'export-png-1x');
    const two = await saved(lab.page, 'export-png-2x');
    expect(one.name).toMatch(/\.png$/);
    expect([...one.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect([...two.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngWidth(two.bytes)).toBe(2 * pngWidth(one.bytes));
    expect(pngHeight(two.bytes)).toBe(2 * pngHeight(one.bytes));
  });

  test('the timeline PNG is taller than the timeline by its title, key and caption bands, and names its link', async ({
    lab,
  }) => {
    const { bytes } = await saved(lab.page, 'export-png-1x');
    // The timeline alone (4 call rows at their full height, as timelinePngSize sizes it), plus
    // at least a title line, a key line and a caption line.
    expect(pngHeight(bytes)).toBeGreaterThan(preferredHeightPx(4, 160, 720) + 80);
    expect(pngTexts(bytes)).toEqual({
      Title: 'Sequential · 4 calls',
      Description: 'Makespan 1,250 ms · predicted 1,250 ms',
      URL: reproducingLink(lab.page, ''),
      Software: 'Overlap',
    });
  });

  test('each chart SVG carries the scenario, its legend, a caption and the reproducing link', async ({
    lab,
  }) => {
    const files = await savedCharts(lab.page);
    const link = reproducingLink(lab.page, '');
    for (const { name, bytes } of files) {
      const svg = await readSvg(lab.page, bytes.toString('utf8'));
      expect(svg.name, name).toContain('Sequential · 4 calls');
      expect(svg.description, name).toContain('Makespan 1,250 ms · predicted 1,250 ms.');
      expect(svg.source, name).toBe(link);
      expect(svg.title, name).toBe('Sequential · 4 calls');
      expect(svg.caption, name).toBe('Makespan 1,250 ms · predicted 1,250 ms');
      // The bands add height above and below the chart itself.
      expect(svg.heightPx, name).toBeGreaterThan(svg.chartHeightPx + 80);
    }
    // Each file holds the legend its chart shows on the page, entry for entry (none for the
    // single-series chart, whose axis title says what it counts).
    const figures = lab.page.locator('figure.chart');
    await expect(figures).toHaveCount(CHART_COUNT);
    const readings = await Promise.all(
      files.map((f) => readSvg(lab.page, f.bytes.toString('utf8'))),
    );
    let entries = 0;
    for (let k = 0; k < CHART_COUNT; k += 1) {
      const figure = figures.nth(k);
      const title = (await figure.locator('.chart__title').textContent()) ?? '';
      const legend = (await figure.locator('.chart__legend-item').allTextContents()).map((t) =>
        t.trim(),
      );
      const file = readings.find((r) => r.subtitle === title);
      expect(file?.legend, title).toEqual(legend);
      entries += legend.length;
    }
    expect(entries).toBeGreaterThan(0);
  });

  test('each chart is saved as a standalone SVG', async ({ lab }) => {
    const files = await savedCharts(lab.page);
    expect(new Set(files.map((f) => f.name)).size).toBe(CHART_COUNT);
    for (const { name, bytes } of files) {
      expect(name).toMatch(/\.svg$/);
      const text = bytes.toString('utf8');
      expect(text).toContain('<svg');
      expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
      // It parses as an XML document with an <svg> root, as a standalone file must.
      const root = await lab.page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return doc.querySelector('parsererror') ? 'parsererror' : doc.documentElement.localName;
      }, text);
      expect(root).toBe('svg');
    }
  });

  test('the run as JSON has the default scenario’s makespan', async ({ lab }) => {
    const { name, bytes } = await saved(lab.page, 'export-json');
    expect(name).toMatch(/\.json$/);
    const doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ makespanMs: 1250, predictedMakespanMs: 1250, engine: 'virtual' });
    expect(doc['calls']).toHaveLength(4);
  });

  test('the CSV has a header and one line per call', async ({ lab }) => {
    const { name, bytes } = await saved(lab.page, 'export-csv');
    expect(name).toMatch(/\.csv$/);
    const rows = lines(bytes.toString('utf8'));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^request,index,service,/);
  });

  test('the Chrome trace is valid Trace Event JSON with one slice per call', async ({ lab }) => {
    const { bytes } = await saved(lab.page, 'export-trace');
    const doc = JSON.parse(bytes.toString('utf8')) as {
      traceEvents: Array<{ ph: string; cat?: string }>;
    };
    expect(validateChromeTrace(doc)).toEqual([]);
    expect(doc.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'call')).toHaveLength(4);
  });

  test('the HAR is valid HAR 1.2 with four entries, marked as simulated', async ({ lab }) => {
    const { name, bytes } = await saved(lab.page, 'export-har');
    expect(name).toMatch(/\.har$/);
    const har = JSON.parse(bytes.toString('utf8')) as {
      log: { version: string; comment?: string; entries: Array<Record<string, unknown>> };
    };
    expect(validateHar(har)).toEqual([]);
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(4);
    expect(har.log.comment).toContain('simulated');
    for (const entry of har.log.entries) {
      expect(entry).toMatchObject({ comment: 'simulated by Overlap', _simulated: true });
    }
  });
});

test('a run without a prediction: no empty "Predicted" row, and its words say so', async ({
  lab,
}) => {
  const query = 'model=worker-pool&limit=2&error=*:25&retries=2&seed=7';
  await lab.gotoControlled(`?${query}`);
  await lab.runToCompletion();
  await openMenu(lab.page);
  const files = await savedCharts(lab.page);
  const makespan = files.find((f) => f.name.includes('makespan'));
  const svg = await readSvg(lab.page, makespan?.bytes.toString('utf8') ?? '');
  expect(svg.chartTicks).toContain('Measured');
  expect(svg.chartTicks).not.toContain('Predicted');
  expect(svg.legend).toEqual(['measured']);
  expect(svg.caption).toMatch(/^Makespan [\d,.]+ ms · no closed-form prediction$/);
  expect(svg.source).toBe(reproducingLink(lab.page, query));
  expect(svg.title).toBe('Worker pool, limit 2 · 4 calls · 500s, 2 retries');

  const png = await saved(lab.page, 'export-png-1x');
  expect(pngTexts(png.bytes)).toMatchObject({
    Title: 'Worker pool, limit 2 · 4 calls · 500s, 2 retries',
    URL: reproducingLink(lab.page, query),
  });
});

test('the HAR of a live run has real timings and no simulated mark', async ({ lab }) => {
  await lab.gotoControlled('?model=promise-all&engine=live');
  await lab.runToCompletion();
  await openMenu(lab.page);
  const { bytes } = await saved(lab.page, 'export-har');
  const text = bytes.toString('utf8');
  const har = JSON.parse(text) as {
    log: { version: string; entries: Array<{ time: number; request: { url: string } }> };
  };
  expect(validateHar(har)).toEqual([]);
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries).toHaveLength(4);
  expect(text).not.toContain('simulated');
  // Each call took at least its latency (compensation holds early answers, never shortens).
  expect(har.log.entries.map((e) => Math.round(e.time) >= 120)).toEqual([true, true, true, true]);
  expect(new URL(har.log.entries[0]?.request.url ?? '').pathname).toBe('/upstream/session');
});

test('Copy link puts a link to the exact scenario and seed on the clipboard', async ({ lab }) => {
  await lab.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const query = 'model=worker-pool&calls=10-90*4&seed=7';
  await lab.gotoControlled(`?${query}`);
  await lab.runToCompletion();
  await openMenu(lab.page);
  await lab.page.getByTestId('copy-link').click();
  await expect(lab.page.getByTestId('export-status')).toHaveText('Copied the link.');
  const link = await lab.page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('seed')).toBe('7');
  expect(decodeScenario(url.search).scenario).toEqual(decodeScenario(query).scenario);
});
