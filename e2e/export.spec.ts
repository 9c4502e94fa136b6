import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { decodeScenario } from '../src/core/urlCodec.ts';
import { validateChromeTrace } from '../src/core/export/testing/validateChromeTrace.ts';
import { validateHar } from '../src/core/export/testing/validateHar.ts';
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
    expect(two.bytes.readUInt32BE(20)).toBe(2 * one.bytes.readUInt32BE(20));
  });

  test('each chart is saved as a standalone SVG', async ({ lab }) => {
    // Wait for the lazily loaded charts before asking for them.
    await expect(lab.page.locator('svg.recharts-surface').first()).toBeVisible();
    const downloads: Download[] = [];
    lab.page.on('download', (download) => downloads.push(download));
    await lab.page.getByTestId('export-svg').click();
    await expect.poll(() => downloads.length).toBe(CHART_COUNT);
    const files = await Promise.all(downloads.map(read));
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
