import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_NAMES, THROTTLE_KINDS } from '../modelSpec.ts';
import { simulateScenario } from '../simulateScenario.ts';
import { decodeScenario } from '../urlCodec.ts';
import {
  directPathApplies,
  repeatFanOut,
  repeatFromDraws,
  repeatLimitProblem,
  repeatOnEngine,
} from './repeatFanOut.ts';
import type { Scenario } from '../scenario.ts';

function scenarioOf(query: string): Scenario {
  const { scenario, messages } = decodeScenario(query);
  expect(messages).toEqual([]);
  return scenario;
}

const LATENCIES = [
  '0',
  '40',
  '125',
  '80-160',
  '10-30',
  '100~900',
  '50~60',
  '~100',
  '~3',
  '10/1000@1',
  '5/60@30',
];

/** Fan-out queries the direct path claims: any model, calls, hedge, or a connection model. */
const directQueries = fc
  .record({
    model: fc.constantFrom(...MODEL_NAMES),
    calls: fc.array(fc.constantFrom(...LATENCIES), { minLength: 1, maxLength: 7 }),
    limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    throttle: fc.constantFrom(...THROTTLE_KINDS),
    cap: fc.integer({ min: 1, max: 3 }),
    window: fc.integer({ min: 1, max: 200 }),
    hedge: fc.option(fc.constantFrom('30', '100', '150', 'p50', 'p90', 'p95', 'p99.9'), {
      nil: null,
    }),
    wire: fc.option(fc.constantFrom('connections=2', 'connections=1&setup=20', 'protocol=h2'), {
      nil: null,
    }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((r) => {
    const parts = [
      `model=${r.model}`,
      `calls=${r.calls.join(',')}`,
      `throttle=${r.throttle}`,
      `cap=${r.cap}`,
      `window=${r.window}`,
      `seed=${r.seed}`,
    ];
    if (r.limit !== null) parts.push(`limit=${r.limit}`);
    // A hedge over modelled connections is the engine's alone (directPathApplies).
    if (r.hedge !== null) parts.push(`hedge=${r.hedge}`);
    else if (r.wire !== null) parts.push(r.wire);
    return parts.join('&');
  });

describe('repeatFanOut: K runs with independent draws', () => {
  it('gives repetition 0 exactly the single run the lab shows', async () => {
    for (const query of [
      'model=promise-all&calls=80-160*5&hedge=p90&seed=7',
      'model=worker-pool&limit=2&calls=100~900*6&seed=3',
      'model=sequential&calls=125,80-160&error=*:30&retries=2&seed=11',
    ]) {
      const scenario = scenarioOf(query);
      const single = await simulateScenario(scenario);
      const repeated = await repeatFanOut(scenario, 3);
      expect(repeated.makespansMs[0]).toBe(single.trace.makespanMs);
    }
  });

  it('draws each repetition from its own streams: repetitions differ, reruns agree', async () => {
    const scenario = scenarioOf('model=promise-all&calls=80-160*4&seed=5');
    const first = await repeatFanOut(scenario, 50);
    const again = await repeatFanOut(scenario, 50);
    expect([...again.makespansMs]).toEqual([...first.makespansMs]);
    expect(new Set(first.makespansMs).size).toBeGreaterThan(10);
    // K is a prefix: the first 20 of 50 repetitions are the 20 repetitions of repeat=20.
    const shorter = await repeatFanOut(scenario, 20);
    expect([...shorter.makespansMs]).toEqual([...first.makespansMs.slice(0, 20)]);
  });

  it('computes from the draws exactly what the engine runs, on random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(directQueries, async (query) => {
        const scenario = decodeScenario(query).scenario;
        const direct = repeatFromDraws(scenario, 6);
        const engine = await repeatOnEngine(scenario, 6);
        expect({ query, makespans: [...direct.makespansMs] }).toEqual({
          query,
          makespans: [...engine.makespansMs],
        });
        expect([...direct.callLatencyCounts].sort((a, b) => a[0] - b[0])).toEqual(
          [...engine.callLatencyCounts].sort((a, b) => a[0] - b[0]),
        );
        expect(direct.hedgesSent).toBe(engine.hedgesSent);
        expect(direct.copiesSent).toBe(engine.copiesSent);
        expect(direct.callsSent).toBe(engine.callsSent);
      }),
      { numRuns: 250, seed: 15 },
    );
  });

  it('takes the engine for faults, timeouts and a hedge over a connection cap', () => {
    expect(directPathApplies(scenarioOf('calls=10*3&error=*:5'), false)).toBe(false);
    expect(directPathApplies(scenarioOf('calls=10*3&timeout=50'), false)).toBe(false);
    expect(directPathApplies(scenarioOf('calls=10*3&hedge=p95'), true)).toBe(false);
    expect(directPathApplies(scenarioOf('calls=10*3&hedge=p95'), false)).toBe(true);
  });

  it('says when the engine path would send too many copies, and what fits', async () => {
    const scenario = scenarioOf('calls=10*100&error=*:5&retries=1&repeat=2000');
    expect(repeatLimitProblem(scenario)).toMatch(
      /^repeat: 2000 runs x up to 200 copies each is more than the 200000 .*use repeat=1000 or less/,
    );
    await expect(repeatFanOut(scenario)).rejects.toThrow(RangeError);
    expect(repeatLimitProblem(scenarioOf('calls=10*100&repeat=100000'))).toBeNull();
  });
});
