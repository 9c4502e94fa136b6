import { describe, expect, it } from 'vitest';
import { fanOutRun, serverRun, STARTED_AT_ISO } from '../../core/export/testing/exportFixtures.ts';
import { validateHar } from '../../core/export/testing/validateHar.ts';
import { performExport, type ExportInputs, type SaveFile } from './exportActions.ts';

interface Saved {
  readonly filename: string;
  readonly content: Blob | string;
  readonly mime: string;
}

function recorder(): { save: SaveFile; saved: Saved[] } {
  const saved: Saved[] = [];
  const save: SaveFile = (filename, content, mime) => {
    saved.push({ filename, content, mime });
    return { ok: true, message: `Saved ${filename}.` };
  };
  return { save, saved };
}

async function inputs(query = ''): Promise<ExportInputs> {
  const run = query.includes('lab=server') ? await serverRun(query) : await fanOutRun(query);
  return {
    run,
    startedAtIso: STARTED_AT_ISO,
    timeline: null,
    charts: null,
    pageUrl: 'http://localhost:4173/',
  };
}

/** A saved file's text (every file but the PNG is built as a string). */
const textOf = (file: Saved | undefined): string =>
  typeof file?.content === 'string' ? file.content : '';

const STEM = 'overlap-fanout-sequential-virtual-20250102-030405';

describe('performExport', () => {
  it('saves the run as JSON, named after what ran and when', async () => {
    const { save, saved } = recorder();
    const outcome = await performExport('json', await inputs(), save);
    expect(outcome).toEqual({ ok: true, message: `Saved ${STEM}.json.` });
    expect(saved[0]?.mime).toBe('application/json');
    expect(JSON.parse(textOf(saved[0]))).toMatchObject({ makespanMs: 1250 });
  });

  it('saves one CSV for a fan-out run and two (calls, requests) for a server run', async () => {
    const fanOut = recorder();
    await performExport('csv', await inputs(), fanOut.save);
    expect(fanOut.saved.map((s) => s.filename)).toEqual([`${STEM}-calls.csv`]);
    const server = recorder();
    const outcome = await performExport(
      'csv',
      await inputs('lab=server&preset=talk-sync-one'),
      server.save,
    );
    expect(server.saved.map((s) => [s.filename.replace(/^.*-(\w+\.csv)$/, '$1'), s.mime])).toEqual([
      ['calls.csv', 'text/csv'],
      ['requests.csv', 'text/csv'],
    ]);
    expect(outcome.message).toMatch(/^Saved .*calls\.csv, .*requests\.csv\.$/);
  });

  it('saves the trace and a valid HAR', async () => {
    const { save, saved } = recorder();
    await performExport('trace', await inputs(), save);
    await performExport('har', await inputs(), save);
    expect(saved.map((s) => s.filename)).toEqual([`${STEM}-trace.json`, `${STEM}.har`]);
    expect(validateHar(JSON.parse(textOf(saved[1])))).toEqual([]);
  });

  it('says why instead of saving when something is missing', async () => {
    const { save, saved } = recorder();
    const base = await inputs();
    expect(await performExport('har', { ...base, startedAtIso: null }, save)).toMatchObject({
      ok: false,
      message: expect.stringContaining('start time') as unknown,
    });
    expect((await performExport('png-1x', base, save)).message).toMatch(/no timeline/);
    expect((await performExport('svg', base, save)).message).toMatch(/charts are not drawn/);
    expect((await performExport('har', { ...base, pageUrl: 'not a url' }, save)).message).toMatch(
      /^The export failed: .*not an absolute URL/,
    );
    expect(saved).toEqual([]);
  });
});
