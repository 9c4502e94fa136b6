import { describe, expect, it } from 'vitest';
import { withLesson } from '../faults/faultLessons.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario.ts';
import { simulateScenario } from '../simulateScenario.ts';
import { withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { networkLesson, type NetworkLessonName } from './networkLessons.ts';

const scenarioOf = (name: NetworkLessonName, patch: Partial<FlatScenario> = {}): Scenario =>
  withFields(withLesson(DEFAULT_SCENARIO, networkLesson(name).values), patch);

describe('the connection lessons show what they claim on the virtual engine', () => {
  it('pool-of-six: 1000 ms over HTTP/1.1 (calls 7 to 12 queued 500 ms), 500 ms over HTTP/2', async () => {
    const http1 = await simulateScenario(scenarioOf('pool-of-six'));
    expect(http1.trace.makespanMs).toBe(1000);
    expect(http1.prediction?.makespanMs).toBe(1000);
    expect(http1.trace.calls.map((call) => call.wire?.queuedMs)).toEqual([
      ...Array(6).fill(0),
      ...Array(6).fill(500),
    ]);
    const h2 = await simulateScenario(scenarioOf('pool-of-six', { protocol: 'h2' }));
    expect(h2.trace.makespanMs).toBe(500);
    expect(h2.prediction?.makespanMs).toBe(500);
  });

  it('pool-of-six: the same calls through a worker pool of six take the same 1000 ms', async () => {
    const pool = await simulateScenario(
      scenarioOf('pool-of-six', { model: 'worker-pool', limit: 6, connections: null }),
    );
    expect(pool.trace.makespanMs).toBe(1000);
  });

  it('connection-reuse: keep-alive pays the 30 ms set-up once (530 ms), close every call (800 ms)', async () => {
    const keepAlive = await simulateScenario(scenarioOf('connection-reuse'));
    expect(keepAlive.trace.makespanMs).toBe(530);
    expect(keepAlive.prediction?.makespanMs).toBe(530);
    expect(keepAlive.trace.calls.map((call) => call.wire?.connectMs)).toEqual([
      30,
      ...Array(9).fill(0),
    ]);
    const close = await simulateScenario(scenarioOf('connection-reuse', { connection: 'close' }));
    expect(close.trace.makespanMs).toBe(800);
    expect(close.prediction?.makespanMs).toBe(800);
    expect(close.trace.calls.every((call) => call.wire?.connectMs === 30)).toBe(true);
  });
});
