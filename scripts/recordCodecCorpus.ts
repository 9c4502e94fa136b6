/**
 * Records src/core/testing/codecCorpus.json: random query strings (queryCorpus.ts), what the URL
 * codec decodes each to (the flat scenario, as fields that differ from the default scenario, and
 * the messages) and the query it encodes that scenario back to. Recorded once from the codec as
 * it was before the Scenario was nested into parts (issue 11); urlCodecCorpus.test.ts checks
 * that today's codec still gives exactly these answers. Run: npx tsx scripts/recordCodecCorpus.ts
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_SCENARIO } from '../src/core/scenario.ts';
import { randomQueries } from '../src/core/testing/queryCorpus.ts';
import { decodeScenario, encodeScenario } from '../src/core/urlCodec.ts';

const SEED = 11;
const COUNT = 2000;

const defaults: Record<string, unknown> = { ...DEFAULT_SCENARIO };
const cases = randomQueries(SEED, COUNT).map((query) => {
  const { scenario, messages } = decodeScenario(query);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scenario)) {
    if (!isDeepStrictEqual(value, defaults[key])) changed[key] = value;
  }
  return { query, changed, messages, encoded: encodeScenario(scenario) };
});
const path = new URL('../src/core/testing/codecCorpus.json', import.meta.url);
writeFileSync(path, `${JSON.stringify({ seed: SEED, defaults, cases }, null, 2)}\n`);
console.log(`${cases.length} queries recorded to ${path.pathname}`);
