import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/export/testing/exportFixtures.ts';
import { scenarios } from '../core/testing/scenarioArbitraries.ts';
import { encodeScenario } from '../core/urlCodec.ts';
import { simulateServerScenario } from '../core/server/simulateServerScenario.ts';
import { simulateScenario } from '../core/simulateScenario.ts';
import { serverJson, serverJsonChunks } from './serverJson.ts';
import { roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { jsonChunks, spanList, SPANS_PER_CHUNK } from './jsonChunks.ts';
import { simulationJson, simulationJsonChunks } from './simulationJson.ts';

type Calls = { calls: Array<Record<string, unknown>> };

describe("the CLI's JSON times", () => {
  it("writes the token bucket's fractions to the µs, like every export, and whole ms as they are", async () => {
    const query = 'model=throttled&throttle=bucket&rate=3&calls=10*4';
    const json = simulationJson(await simulateScenario(scenarioOf(query)), query) as Calls;
    expect(json.calls.map((c) => [c['startedAtMs'], c['endedAtMs']])).toEqual([
      [0, 10],
      [333.333, 343.333],
      [666.667, 676.667],
      [1000, 1010],
    ]);
  });

  it("writes a server run's fractional overheads without float noise", async () => {
    const query = 'lab=server&requests=3&calls=10,20&callOverhead=0.1&requestOverhead=0.2';
    const run = await simulateServerScenario(scenarioOf(query));
    // 0.2 + (10 + 0.1) + (20 + 0.1) per request, one worker: 30.400000000000002 and so on.
    expect(run.trace.requests.map((r) => r.endedAtMs)).not.toEqual([30.4, 60.8, 91.2]);
    const json = serverJson(run, query) as Calls & {
      makespanMs: number;
      requests: Array<Record<string, unknown>>;
    };
    expect(json.requests.map((r) => r['endedAtMs'])).toEqual([30.4, 60.8, 91.2]);
    expect(json.makespanMs).toBe(91.2);
    expect(json.calls.map((c) => c['endedAtMs'])).toEqual([10.3, 30.4, 40.7, 60.8, 71.1, 91.2]);
  });
});

describe("the CLI's streamed JSON", () => {
  const fanOutScenarios = scenarios.filter((s) => s.lab !== 'server');

  it('is exactly the whole JSON text, chunk by chunk, for any scenario', async () => {
    await fc.assert(
      fc.asyncProperty(fanOutScenarios, fc.boolean(), async (scenario, withExtra) => {
        const run = await simulateScenario(scenario);
        const query = encodeScenario(scenario);
        const extra = withExtra ? { repeat: { runs: 3, note: 'a "quoted" note' } } : {};
        const streamed = [...simulationJsonChunks(run, query, extra)].join('');
        expect(streamed).toBe(JSON.stringify(simulationJson(run, query, extra)));
      }),
      { numRuns: 150 },
    );
  });

  it('is exactly the whole Server lab JSON text, chunk by chunk, for any server scenario', async () => {
    const serverScenarios = scenarios
      .filter((s) => s.lab === 'server')
      .map((s) => ({ ...s, server: { ...s.server, requests: Math.min(s.server.requests, 30) } }));
    await fc.assert(
      fc.asyncProperty(serverScenarios, async (scenario) => {
        const run = await simulateServerScenario(scenario);
        const query = encodeScenario(scenario);
        const streamed = [...serverJsonChunks(run, query)].join('');
        expect(streamed).toBe(JSON.stringify(serverJson(run, query)));
      }),
      { numRuns: 60 },
    );
  });

  it('holds at most SPANS_PER_CHUNK spans per chunk, so a large run is never one string', async () => {
    const query = 'model=worker-pool&limit=8&calls=20-80*2500&error=*:10&retries=1';
    const run = await simulateScenario(scenarioOf(query));
    const chunks = [...simulationJsonChunks(run, query)];
    const callChunks = chunks.filter((chunk) => chunk.includes('"index"'));
    expect(callChunks.length).toBe(Math.ceil(2500 / SPANS_PER_CHUNK));
    const spansPerChunk = callChunks.map((chunk) => chunk.match(/"readyAtMs"/g)?.length ?? 0);
    expect(spansPerChunk).toEqual([SPANS_PER_CHUNK, SPANS_PER_CHUNK, 500]);
    const json = JSON.parse(chunks.join('')) as Calls;
    expect(json.calls).toHaveLength(2500);
  });
});

describe('jsonChunks', () => {
  it('writes any head, lists and extra as the one JSON text they make, empty parts included', () => {
    const heads = [{}, { a: 1 }, { a: 1, bMs: 2.0000004 }];
    const lists: Array<Array<{ key: string; items: object[] }>> = [
      [],
      [{ key: 'x', items: [{ tMs: 1.23456789 }] }],
      [
        { key: 'x', items: [] },
        { key: 'y', items: [{ n: 1 }, { n: 2 }] },
      ],
    ];
    const extras = [{}, { z: 'end' }];
    for (const head of heads) {
      for (const parts of lists) {
        for (const extra of extras) {
          const streamed = [
            ...jsonChunks(
              // The head comes rounded (jsonChunks' contract); the records are rounded by it.
              roundTimes(head, VIRTUAL_TIME_STEP_MS),
              parts.map((part) => spanList(part.key, part.items, (item) => item)),
              extra,
            ),
          ].join('');
          const whole = roundTimes(
            {
              ...head,
              ...Object.fromEntries(parts.map((part) => [part.key, part.items])),
              ...extra,
            },
            VIRTUAL_TIME_STEP_MS,
          );
          expect(JSON.parse(streamed)).toEqual(JSON.parse(JSON.stringify(whole)));
          expect(streamed).toBe(JSON.stringify(whole));
        }
      }
    }
  });
});
