import { describe, expect, it } from 'vitest';
import corpus from './testing/engineCorpus.json' with { type: 'json' };
import {
  type EngineCorpus,
  engineCorpusQueries,
  engineEventsText,
  engineTraceText,
  fingerprint,
} from './testing/engineCorpus.ts';

const recorded: EngineCorpus = corpus;
const queries = engineCorpusQueries(recorded.seed, recorded.traces.length);
const CHUNK = 1000;

describe('the engine against its recorded corpus (issue 16: no behaviour change)', () => {
  it('draws the very scenarios the corpus was recorded from', () => {
    // If this fails, the arbitraries changed, not the engine: re-record the corpus
    // (npx tsx scripts/recordEngineCorpus.ts) from an engine known to be right.
    expect(fingerprint(queries.join('\n'))).toBe(recorded.queries);
    expect(queries.length).toBe(10_000);
    expect(recorded.events.length).toBe(10_000);
  });

  for (let from = 0; from < queries.length; from += CHUNK) {
    it(`gives scenarios ${from + 1}-${from + CHUNK} the identical traces and events`, async () => {
      const differing: string[] = [];
      for (let i = from; i < Math.min(from + CHUNK, queries.length); i += 1) {
        const query = queries[i] as string;
        if (fingerprint(await engineTraceText(query)) !== recorded.traces[i]) {
          differing.push(`#${i} (trace): ?${query}`);
        }
        const events = await engineEventsText(query);
        if ((events === '' ? '' : fingerprint(events)) !== recorded.events[i]) {
          differing.push(`#${i} (events): ?${query}`);
        }
      }
      expect(differing.slice(0, 3)).toEqual([]);
    }, 60_000);
  }
});
