import { describe, expect, it } from 'vitest';
import { withFields, type FlatScenario } from '../testing/flattenScenario.ts';
import { DEFAULT_SCENARIO } from '../scenario.ts';
import { simulateScenario } from '../simulateScenario.ts';
import { faultLesson } from './faultLessons.ts';

const scenarioOf = (name: Parameters<typeof faultLesson>[0], patch: Partial<FlatScenario> = {}) =>
  withFields(DEFAULT_SCENARIO, { ...faultLesson(name).values, ...patch });

describe('the failure lessons show what they claim', () => {
  it('fail-fast: the request fails at 250 ms while calls keep running to 500 ms', async () => {
    const run = await simulateScenario(scenarioOf('fail-fast'));
    expect(run.trace.outcome).toEqual({ status: 'failed', settledAtMs: 250, failedCall: 1 });
    expect(run.trace.makespanMs).toBe(500);
    expect(run.faults?.stats.wastedMs).toBe(250 + 375 + 500);
    const cancelled = await simulateScenario(scenarioOf('fail-fast', { cancelOnFailure: true }));
    expect(cancelled.trace.makespanMs).toBe(250);
  });

  it('retry-amplification: retries send about 1.6 copies per call and lift success', async () => {
    const run = await simulateScenario(scenarioOf('retry-amplification'));
    const none = await simulateScenario(scenarioOf('retry-amplification', { retries: 0 }));
    const stats = run.faults?.stats;
    expect(stats?.loadFactor).toBeGreaterThan(1.4);
    expect(stats?.loadFactor).toBeLessThan(1.8);
    expect(run.faults?.prediction.copiesPerCall).toBeCloseTo(1.624, 3);
    expect(none.faults?.stats.loadFactor).toBe(1);
    expect(stats?.successPct).toBeGreaterThan(none.faults?.stats.successPct ?? 100);
  });

  it('timeout-tail: with the timeout the run ends by 1 s; without it a hang lasts 10 s', async () => {
    const run = await simulateScenario(scenarioOf('timeout-tail'));
    const without = await simulateScenario(scenarioOf('timeout-tail', { timeoutMs: null }));
    expect(run.trace.calls.some((call) => call.status === 'timeout')).toBe(true);
    expect(run.trace.makespanMs).toBeLessThanOrEqual(1000);
    expect(without.trace.makespanMs).toBe(10_000);
  });

  it('hedge-p99: hedging cuts the p99 of call times by more than half', async () => {
    const run = await simulateScenario(scenarioOf('hedge-p99'));
    const without = await simulateScenario(scenarioOf('hedge-p99', { hedgeMs: null }));
    const p99 = run.faults?.stats.okDurationP99Ms ?? Infinity;
    const p99Without = without.faults?.stats.okDurationP99Ms ?? without.trace.makespanMs;
    expect(p99 * 2).toBeLessThan(p99Without);
    expect(run.faults?.stats.hedgesSent).toBeGreaterThan(0);
  });
});
