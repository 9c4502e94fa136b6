import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/export/testing/exportFixtures.ts';
import { simulateServerScenario } from '../core/server/simulateServerScenario.ts';
import { simulateScenario } from '../core/simulateScenario.ts';
import { serverJson } from './serverJson.ts';
import { simulationJson } from './simulationJson.ts';

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
