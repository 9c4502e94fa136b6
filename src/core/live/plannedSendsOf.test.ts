import { describe, expect, it } from 'vitest';
import { faultLesson, withLesson, type FaultLessonName } from '../faults/faultLessons.ts';
import { planScenario } from '../planScenario.ts';
import { DEFAULT_SCENARIO } from '../scenario.ts';
import { simulateFanOut } from '../simulate.ts';
import { fixedCalls } from '../testing/timelineOf.ts';
import type { Trace } from '../trace.ts';
import { plannedSendsOf } from './plannedSendsOf.ts';

/** The virtual run of a failure lesson (docs/faults.md), as the Fan-out lab runs it. */
async function lessonRun(name: FaultLessonName): Promise<Trace> {
  const plan = planScenario(withLesson(DEFAULT_SCENARIO, faultLesson(name).values));
  return simulateFanOut(plan.planned, plan.spec, plan.faults ? { faults: plan.faults } : {});
}

const copiesOf = (trace: Trace): number =>
  trace.calls.reduce((sum, call) => sum + (call.attempts?.length ?? 0), 0);

describe('the sends a live run will make, from its virtual run', () => {
  it('is one send per call, at its start, for its latency, without faults', async () => {
    const trace = await simulateFanOut(fixedCalls([20, 30, 40]), {
      name: 'worker-pool',
      limit: 2,
    });
    expect(plannedSendsOf(trace)).toEqual({
      sends: [
        { atMs: 0, latencyMs: 20 },
        { atMs: 0, latencyMs: 30 },
        { atMs: 20, latencyMs: 40 },
      ],
      makespanMs: 60,
    });
  });

  it('counts every retry as a send of its own', async () => {
    const trace = await lessonRun('retry-amplification');
    const { sends, makespanMs } = plannedSendsOf(trace);
    // 40 % of copies fail and retry: more sends than calls, as many as the copies sent.
    expect(sends.length).toBeGreaterThan(trace.calls.length);
    expect(sends).toHaveLength(copiesOf(trace));
    for (const send of sends) expect(send.atMs + send.latencyMs).toBeLessThanOrEqual(makespanMs);
  });

  it('counts a copy cut short by its timeout with the latency its service was asked for', async () => {
    const trace = await lessonRun('timeout-tail');
    const hung = trace.calls.flatMap((call) =>
      (call.attempts ?? []).filter((copy) => copy.outcome === 'timeout'),
    );
    expect(hung.length).toBeGreaterThan(0);
    const { sends } = plannedSendsOf(trace);
    expect(sends).toHaveLength(copiesOf(trace));
    // Its answer is never waited for: the planner must not want it back at the 1 s timeout,
    // and a hang's service was asked for the 10 s hang.
    for (const copy of hung) {
      expect(sends).toContainEqual({ atMs: copy.startedAtMs, latencyMs: 10_000 });
    }
  });

  it('counts both copies of a hedged call, the loser with its own latency, not until it was cut', async () => {
    const trace = await lessonRun('hedge-p99');
    const hedged = trace.calls.filter((call) => (call.attempts?.length ?? 0) > 1);
    expect(hedged.length).toBeGreaterThan(0);
    const { sends } = plannedSendsOf(trace);
    expect(sends).toHaveLength(copiesOf(trace));
    for (const call of hedged) {
      for (const copy of call.attempts ?? []) {
        const latencyMs =
          copy.outcome === 'cancelled' ? copy.latencyMs : copy.endedAtMs - copy.startedAtMs;
        expect(sends).toContainEqual({ atMs: copy.startedAtMs, latencyMs });
      }
      expect((call.attempts ?? []).some((copy) => copy.outcome === 'cancelled')).toBe(true);
    }
  });

  it('sends nothing for a call the request skipped', async () => {
    // The sequential loop stops at the business service's 500: the last two calls are skipped.
    const scenario = withLesson(DEFAULT_SCENARIO, {
      ...faultLesson('fail-fast').values,
      model: 'sequential',
    });
    const plan = planScenario(scenario);
    const faults = plan.faults ? { faults: plan.faults } : {};
    const trace = await simulateFanOut(plan.planned, plan.spec, faults);
    expect(trace.calls.map((call) => call.status)).toEqual(['ok', 'failed', 'skipped', 'skipped']);
    expect(plannedSendsOf(trace).sends).toEqual([
      { atMs: 0, latencyMs: 125 },
      { atMs: 125, latencyMs: 250 },
    ]);
  });
});
