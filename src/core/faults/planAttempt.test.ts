import { describe, expect, it } from 'vitest';
import { planCalls, TALK_CALLS } from '../scenario.ts';
import { NO_FAULTS } from './faultSettings.ts';
import { createAttemptPlanner, drawFault } from './planAttempt.ts';

const FAULTS = {
  ...NO_FAULTS,
  errorRates: [{ service: '*', pct: 20 }],
  hangRates: [{ service: 'reviews', pct: 10 }],
  busyRates: [{ service: '*', pct: 5 }],
};

describe('planned faults', () => {
  it('draw each kind at its rate over 10,000 copies (within 1.5 points)', () => {
    const counts = { error: 0, hang: 0, busy: 0, none: 0 };
    for (let request = 0; request < 10_000; request += 1) {
      counts[drawFault(FAULTS, 'reviews', 42, request, 3, 0) ?? 'none'] += 1;
    }
    expect(Math.abs(counts.error / 100 - 20)).toBeLessThan(1.5);
    expect(Math.abs(counts.hang / 100 - 10)).toBeLessThan(1.5);
    expect(Math.abs(counts.busy / 100 - 5)).toBeLessThan(1.5);
  });

  it('depend on the seed and the copy only, so a run replays exactly', () => {
    const plan = createAttemptPlanner(TALK_CALLS, FAULTS, 9);
    const again = createAttemptPlanner(TALK_CALLS, FAULTS, 9);
    const calls = planCalls(TALK_CALLS, 9);
    const copies = calls.flatMap((call) => [0, 1, 2, 3].map((k) => plan(call, k)));
    expect(calls.flatMap((call) => [0, 1, 2, 3].map((k) => again(call, k)))).toEqual(copies);
    const otherSeed = createAttemptPlanner(TALK_CALLS, FAULTS, 10);
    const draws = (p: typeof plan) =>
      Array.from({ length: 200 }, (_, k) => p({ ...calls[0]!, request: k }, 0).fault ?? 'ok');
    expect(draws(otherSeed)).not.toEqual(draws(plan));
  });

  it('keep the first copy as planned, answer a hang after hangFor and a 429 at once', () => {
    const plan = createAttemptPlanner(
      TALK_CALLS,
      { ...NO_FAULTS, hangRates: [{ service: '*', pct: 100 }], hangForMs: 777 },
      1,
    );
    const [first] = planCalls(TALK_CALLS, 1);
    expect(plan(first!, 0)).toMatchObject({ fault: 'hang', latencyMs: 777, attempt: 0 });
    const busy = createAttemptPlanner(
      TALK_CALLS,
      { ...NO_FAULTS, busyRates: [{ service: '*', pct: 100 }], retryAfterS: 3 },
      1,
    );
    expect(busy(first!, 2)).toMatchObject({
      fault: 'busy',
      latencyMs: 5,
      retryAfterS: 3,
      attempt: 2,
    });
    const none = createAttemptPlanner(TALK_CALLS, NO_FAULTS, 1);
    expect(none(first!, 0)).toEqual({ ...first, attempt: 0 });
  });

  it('give a retry of a long-tailed call a fresh latency draw', () => {
    const calls = [
      { service: 'search', latency: { kind: 'lognormal', p50Ms: 50, p99Ms: 1000 } } as const,
    ];
    const plan = createAttemptPlanner(calls, NO_FAULTS, 5);
    const [call] = planCalls(calls, 5);
    const latencies = [0, 1, 2, 3, 4].map((k) => plan(call!, k).latencyMs);
    expect(new Set(latencies).size).toBeGreaterThan(1);
    expect(latencies[0]).toBe(call!.latencyMs);
  });
});
