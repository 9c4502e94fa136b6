import { describe, expect, it } from 'vitest';
import corpus from './testing/codecCorpus.json' with { type: 'json' };
import { flattenScenario } from './testing/flattenScenario.ts';
import { randomQueries } from './testing/queryCorpus.ts';
import { HEDGE_ALLOWED } from './policy/hedgeParam.ts';
import { decodeScenario, encodeScenario } from './urlCodec.ts';

/**
 * Scenario fields added after the recording (ADDED_SINCE_RECORDING's parameters), at their
 * defaults: no recorded query names them, so each decodes to its default.
 */
const FIELDS_ADDED_SINCE_RECORDING = {
  still: false,
  protocol: 'http1',
  connections: null,
  connection: 'keep-alive',
  setupMs: 0,
  compareBy: 'models',
  hedgePercentile: null,
  repeat: 1,
  // Issue 15: open arrivals (closed is what every recorded link meant).
  arrival: 'closed',
  arrivalRatePerSec: 10,
} as const;

/**
 * A recorded message as today's codec words it: an unknown parameter's message lists the known
 * parameters, and `still` (after `controls`), `protocol`, `connections`, `connection`, `setup` and `compare` (after `compensate`)
 * have joined that list since the recording (and `arrival`, `arrivalRate` after
 * `requestOverhead`); an invalid engine's message lists `network` too, a bad latency's
 * message the two tail forms (`~100`, `10/1000@1`), and a bad `hedge` `pNN`.
 */
function withAddedParams(message: { param: string; value: string; message: string }) {
  return {
    ...message,
    message: message.message
      .replace(', controls, theme, ', ', controls, still, theme, ')
      .replace(
        ', compensate, error, ',
        ', compensate, protocol, connections, connection, setup, compare, repeat, error, ',
      )
      .replace(', requestOverhead, engine, ', ', requestOverhead, arrival, arrivalRate, engine, ')
      .replace(
        'an engine; use one of virtual, live.',
        'an engine; use one of virtual, live, network.',
      )
      // hedge=pNN (issue 15) joined what `hedge` accepts.
      .replace(
        'use a whole number of ms from 1 to 600000, or leave it out (or none) for no hedging.',
        `${HEDGE_ALLOWED}.`,
      )
      .replace(
        'a range (80-160) or a long tail p50~p99 (100~900)',
        'a range (80-160), a long tail p50~p99 (100~900), an exponential ~mean (~100) ' +
          'or a rare slow call ms/slow@percent (10/1000@1)',
      )
      .replace(
        '80-160 (uniform) or 100~900 (p50~p99 long tail)',
        '80-160 (uniform), 100~900 (p50~p99 long tail), ~100 (exponential, mean 100) ' +
          'or 10/1000@1 (10, but 1000 for 1 % of calls)',
      ),
  };
}

// codecCorpus.json was recorded (scripts/recordCodecCorpus.ts) from the codec before the
// Scenario was nested into parts: every link must still decode and encode exactly as then.
describe('the URL codec on the recorded corpus of queries', () => {
  it('holds the queries the seeded generator gives', () => {
    expect(corpus.cases.map((c) => c.query)).toEqual(
      randomQueries(corpus.seed, corpus.cases.length),
    );
    expect(corpus.cases.length).toBe(2000);
  });

  it('decodes every query to the recorded scenario with the recorded messages', () => {
    for (const { query, changed, messages } of corpus.cases) {
      const decoded = decodeScenario(query);
      expect({ query, scenario: flattenScenario(decoded.scenario) }).toEqual({
        query,
        scenario: { ...corpus.defaults, ...FIELDS_ADDED_SINCE_RECORDING, ...changed },
      });
      expect({ query, messages: decoded.messages }).toEqual({
        query,
        messages: messages.map(withAddedParams),
      });
    }
  });

  it('encodes every decoded scenario to the recorded query', () => {
    for (const { query, encoded } of corpus.cases) {
      expect({ query, encoded: encodeScenario(decodeScenario(query).scenario) }).toEqual({
        query,
        encoded,
      });
    }
  });

  it('decodes every encoded scenario back to the same scenario, with no messages', () => {
    for (const { query } of corpus.cases) {
      const { scenario } = decodeScenario(query);
      expect({ query, again: decodeScenario(encodeScenario(scenario)) }).toEqual({
        query,
        again: { scenario, messages: [] },
      });
    }
  });
});
