import { describe, expect, it } from 'vitest';
import { fanOutRun, scenarioOf } from '../../core/export/testing/exportFixtures.ts';
import { exportCaption, exportTitle, exportWords } from './exportWords.ts';

const titleOf = async (query: string): Promise<string> =>
  exportWords(await fanOutRun(query), 'http://localhost/').title;

describe('exportTitle', () => {
  it('names the model, its settings and the number of calls', async () => {
    expect(await titleOf('')).toBe('Sequential · 4 calls');
    expect(await titleOf('model=worker-pool&limit=3')).toBe('Worker pool, limit 3 · 4 calls');
  });

  it('adds the failures and the call policy when any is set', async () => {
    expect(await titleOf('model=worker-pool&limit=3&error=*:25&retries=2')).toBe(
      'Worker pool, limit 3 · 4 calls · 500s, 2 retries',
    );
  });

  it('says "call" for a single call', () => {
    const scenario = scenarioOf('calls=100');
    expect(exportTitle(scenario, { name: 'promise-all' })).toBe('All at once · 1 call');
  });
});

describe('exportCaption', () => {
  it('sets the makespan beside the prediction', () => {
    expect(exportCaption(750, 750)).toBe('Makespan 750 ms · predicted 750 ms');
  });

  it('says when there is no closed-form prediction', () => {
    expect(exportCaption(1250, null)).toBe('Makespan 1,250 ms · no closed-form prediction');
  });

  it('writes durations through the one formatter: grouped ms below 10 s, then seconds', () => {
    // The caption writes its durations with the app's one formatter (CSV and JSON stay plain).
    expect(exportCaption(9_999, 25_000.04)).toBe('Makespan 9,999 ms · predicted 25 s');
    expect(exportCaption(9.84, null)).toBe('Makespan 9.8 ms · no closed-form prediction');
  });
});

describe('exportWords', () => {
  it('links to the page with the run’s exact scenario and seed, not the page’s own query', async () => {
    const run = await fanOutRun('model=worker-pool&limit=3&seed=7');
    const words = exportWords(run, 'https://example.org/overlap/?model=sequential#x');
    expect(words.link).toBe('https://example.org/overlap/?model=worker-pool&limit=3&seed=7');
    expect(words.title).toBe('Worker pool, limit 3 · 4 calls');
    expect(words.caption).toMatch(/^Makespan [\d,]+ ms · predicted [\d,]+ ms$/);
  });
});
