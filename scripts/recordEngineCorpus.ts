/**
 * Records src/core/testing/engineCorpus.json: 10,000 random scenarios (as queries) and a
 * fingerprint of the trace the virtual engine gives each (testing/engineCorpus.ts). Recorded once
 * from the engine as it was before its speed work (issue 16); engineCorpus.test.ts checks that
 * today's engine still gives every one the identical trace. The event streams' fingerprints were
 * added later (from commit 98ccf50, whose traces were the recorded ones). Run:
 * npx tsx scripts/recordEngineCorpus.ts
 */
import { writeFileSync } from 'node:fs';
import {
  type EngineCorpus,
  engineCorpusQueries,
  engineEventsText,
  engineTraceText,
  fingerprint,
} from '../src/core/testing/engineCorpus.ts';

const SEED = 16;
const COUNT = 10_000;

const queries = engineCorpusQueries(SEED, COUNT);
const traces: string[] = [];
const events: string[] = [];
for (const query of queries) {
  traces.push(fingerprint(await engineTraceText(query)));
  const text = await engineEventsText(query);
  events.push(text === '' ? '' : fingerprint(text));
}
const corpus: EngineCorpus = {
  seed: SEED,
  queries: fingerprint(queries.join('\n')),
  traces,
  events,
};
const path = new URL('../src/core/testing/engineCorpus.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(corpus, null, 0).replaceAll('","', '",\n"')}\n`);
console.log(`${traces.length} traces recorded to ${path.pathname}`);
