import { readFileSync } from 'node:fs';
import { withFields, type FlatScenario } from '../../core/testing/flattenScenario.ts';
import { describe, expect, it } from 'vitest';
import { MODEL_NAMES, type ModelName } from '../../core/modelSpec.ts';
// oxlint-disable-next-line import/default -- `?raw`: the default export is the file's text.
import workerPoolSource from '../../core/models/workerPool.ts?raw';
import { DEFAULT_SCENARIO, modelSpecOf } from '../../core/scenario.ts';
import { simulateScenario } from '../../core/simulateScenario.ts';
import { stateAt } from '../replay/stateAt.ts';
import { timelineDataFromTrace } from '../timeline/timelineData.ts';
import { activeLine, lineContaining } from './activeLine.ts';
import { CODE_MARKERS, type CodeLanguage } from './codeMarkers.ts';
import { PYTHON_SNIPPETS } from './pythonSnippets.ts';
import { TYPESCRIPT_SOURCES } from './typescriptSources.ts';

const LISTINGS: Record<CodeLanguage, (model: ModelName) => string> = {
  typescript: (model) => TYPESCRIPT_SOURCES[model].text,
  python: (model) => PYTHON_SNIPPETS[model].code,
};

/**
 * Runs the scenario on the virtual engine (the talk's calls: 125, 250, 375, 500 ms) and returns,
 * for each cursor instant, the text of the line the listing highlights ('' for none).
 */
async function highlightedAt(
  changes: Partial<FlatScenario>,
  instantsMs: readonly number[],
  language: CodeLanguage = 'typescript',
): Promise<string[]> {
  const scenario = withFields(DEFAULT_SCENARIO, changes);
  const data = timelineDataFromTrace((await simulateScenario(scenario)).trace);
  const source = LISTINGS[language](scenario.fanOut.model);
  const lines = source.split('\n');
  return instantsMs.map((ms) => {
    const line = activeLine(modelSpecOf(scenario.fanOut), source, stateAt(data, ms), language);
    return line === null ? '' : (lines[line] ?? '').trim();
  });
}

/** The lines of a model's listing that contain each marker ('' stays '': no highlight). */
function linesWith(
  model: ModelName,
  markers: readonly string[],
  language: CodeLanguage = 'typescript',
): string[] {
  const lines = LISTINGS[language](model).split('\n');
  return markers.map((marker) =>
    marker === ''
      ? ''
      : (lines.find((line) => line.includes(marker)) ?? `no line with ${marker}`).trim(),
  );
}

describe('the listings', () => {
  it('show the engine’s own model files, verbatim', () => {
    expect(TYPESCRIPT_SOURCES['worker-pool'].text).toBe(workerPoolSource);
    const shown = MODEL_NAMES.map((model) => TYPESCRIPT_SOURCES[model]);
    const onDisk = shown.map(({ path }) => ({
      path,
      text: readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'),
    }));
    expect(shown).toEqual(onDisk);
  });

  it('every marker matches exactly one line of its listing', () => {
    const matches: Record<string, number> = {};
    for (const language of ['typescript', 'python'] as const) {
      for (const model of MODEL_NAMES) {
        const lines = LISTINGS[language](model).split('\n');
        for (const [phase, marker] of Object.entries(CODE_MARKERS[language][model])) {
          matches[`${language} ${model} ${phase}: ${marker}`] = lines.filter((line) =>
            line.includes(marker),
          ).length;
        }
      }
    }
    // 10 markers a language: one per phase each model's code can be in.
    expect(Object.keys(matches)).toHaveLength(20);
    expect(matches).toEqual(Object.fromEntries(Object.keys(matches).map((key) => [key, 1])));
  });

  it('each Python snippet opens with what the talk said, or that it was not in the talk', () => {
    const openings = MODEL_NAMES.map((model) => {
      const first = PYTHON_SNIPPETS[model].code.split('\n')[0] ?? '';
      return {
        model,
        comment: first.startsWith('# '),
        notInTalk: first.startsWith('# Not in the talk'),
      };
    });
    expect(openings).toEqual(
      MODEL_NAMES.map((model) => ({
        model,
        comment: true,
        notInTalk: !PYTHON_SNIPPETS[model].inTalk,
      })),
    );
    expect(PYTHON_SNIPPETS.throttled.inTalk).toBe(false);
    expect(PYTHON_SNIPPETS['worker-pool'].code).toContain('ThreadPoolExecutor(max_workers=limit)');
    expect(PYTHON_SNIPPETS['promise-all'].code).toMatch(/gevent\.spawn[\s\S]*gevent\.joinall/);
  });

  it('finds a line by its content', () => {
    expect(lineContaining('a\nb await x(\nc', 'await x(')).toBe(1);
    expect(lineContaining('a\nb', 'zzz')).toBeNull();
  });
});

describe('activeLine follows the replay', () => {
  it('sequential: the awaited send while each call is in flight; nothing once returned', async () => {
    const send = 'await ctx.send(';
    expect(await highlightedAt({ model: 'sequential' }, [0, 100, 500, 1250])).toEqual(
      linesWith('sequential', [send, send, send, '']),
    );
  });

  it('promise-all: the Promise.all line while everything sent is in flight', async () => {
    const all = 'await Promise.all(';
    expect(await highlightedAt({ model: 'promise-all' }, [0, 200, 499, 500])).toEqual(
      linesWith('promise-all', [all, all, all, '']),
    );
  });

  it('worker-pool(2): acquire while a call is queued, the send once none is', async () => {
    // Starts 0, 0, 125, 250; the last call waits for a slot until 250.
    const acquire = 'await pool.acquire()';
    const send = 'await ctx.send(';
    expect(await highlightedAt({ model: 'worker-pool' }, [0, 125, 200, 250, 300, 750])).toEqual(
      linesWith('worker-pool', [acquire, acquire, acquire, send, send, '']),
    );
  });

  it('batches(2): the chunk’s Promise.all, through both chunks', async () => {
    const chunk = 'await Promise.all(chunk)';
    expect(await highlightedAt({ model: 'batches' }, [100, 300, 750])).toEqual(
      linesWith('batches', [chunk, chunk, '']),
    );
  });

  it('throttled (2 starts per 250 ms): the sleep while a start waits, then Promise.all', async () => {
    // Starts 0, 0, 250, 250.
    expect(await highlightedAt({ model: 'throttled' }, [100, 300, 750])).toEqual(
      linesWith('throttled', ['ctx.waitForTurn(', 'await Promise.all(calls)', '']),
    );
  });

  it('throttled with a bound: acquire when every slot is in flight, else the sleep', async () => {
    const pooled = { model: 'throttled', throttle: 'spacing', minTimeMs: 50, limit: 1 } as const;
    expect(await highlightedAt(pooled, [10, 100])).toEqual(
      linesWith('throttled', ['await pool.acquire()', 'await pool.acquire()']),
    );
    // Spacing 300 ms with 2 slots: at 100 and 200 a slot is free but the next start must wait.
    const spaced = { model: 'throttled', throttle: 'spacing', minTimeMs: 300, limit: 2 } as const;
    expect(await highlightedAt(spaced, [100, 200])).toEqual(
      linesWith('throttled', ['ctx.waitForTurn(', 'ctx.waitForTurn(']),
    );
  });

  it('offload: the work line while local work runs, then the wait for the calls', async () => {
    expect(await highlightedAt({ model: 'offload', workMs: 1000 }, [200, 600, 1000])).toEqual(
      linesWith('offload', ['ctx.work(', 'ctx.work(', '']),
    );
    expect(await highlightedAt({ model: 'offload', workMs: 100 }, [50, 200])).toEqual(
      linesWith('offload', ['ctx.work(', 'await Promise.all(']),
    );
  });

  it('the Python listings mark the same states on their own lines', async () => {
    const cases: Array<[Partial<FlatScenario> & { model: ModelName }, number[], string[]]> = [
      [{ model: 'sequential' }, [100, 1250], ['requests.get(', '']],
      [{ model: 'promise-all' }, [100], ['await asyncio.gather(']],
      [{ model: 'worker-pool' }, [200, 300], ['pool.map(', 'requests.get(']],
      [{ model: 'batches' }, [300], ['await asyncio.gather(']],
      [{ model: 'throttled' }, [100, 300], ['await asyncio.sleep(', 'await asyncio.gather(']],
      [
        { model: 'throttled', throttle: 'spacing', minTimeMs: 50, limit: 1 },
        [10],
        ['await bound.acquire()'],
      ],
      [{ model: 'offload', workMs: 100 }, [50, 200], ['render_report()', 'calls.result()']],
    ];
    for (const [changes, instants, markers] of cases) {
      expect(await highlightedAt(changes, instants, 'python')).toEqual(
        linesWith(changes.model, markers, 'python'),
      );
    }
  });
});
