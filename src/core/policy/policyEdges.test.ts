import { describe, expect, it } from 'vitest';
import { simulateFanOut } from '../simulate.ts';
import { faultyRun, scriptedPlanner } from '../testing/faultyTimelineOf.ts';
import { fixedCalls } from '../testing/timelineOf.ts';
import { DEFAULT_POLICY } from './callPolicy.ts';

describe('policy edges: cancelled throttles, skipped loops, ties, Retry-After', () => {
  it('a cancelled request lets the throttle skip its queued calls at once', async () => {
    const { lines, trace } = await faultyRun(
      [100, 100, 100, 100],
      { name: 'throttled', limit: null, throttle: { kind: 'spacing', minTimeMs: 1000 } },
      { 0: ['error'] },
      { cancelOnFailure: true, settle: 'allSettled' },
    );
    expect(lines).toBe(
      [
        '0 session failed: #0 0→100 error',
        '1 business skipped',
        '2 user skipped',
        '3 reviews skipped',
        'request partial at 1000, makespan 100',
      ].join('\n'),
    );
    // Call 1 was already waiting for its start at 1000 when the request gave up at 100; the
    // calls after it did not wait another second each.
    expect(trace.outcome?.settledAtMs).toBe(1000);
  });

  it('a sequential loop that failed reports its unsent calls as skipped when the request fails', async () => {
    const events: string[] = [];
    await simulateFanOut(
      fixedCalls([100, 100, 100]),
      { name: 'sequential' },
      {
        faults: { policy: DEFAULT_POLICY, plan: scriptedPlanner({ 0: ['error'] }), seed: 1 },
        onEvent: (e) => {
          if (e.type === 'call-end') events.push(`${e.span.index} ${e.span.status}`);
          if (e.type === 'request-settled') events.push(`settled ${e.outcome.settledAtMs}`);
        },
      },
    );
    expect(events).toEqual(['0 failed', 'settled 100', '1 skipped', '2 skipped']);
  });

  it('a copy that times out at the hedge instant gets no hedge', async () => {
    const { lines } = await faultyRun(
      [500],
      { name: 'sequential' },
      {},
      { hedgeMs: 100, timeoutMs: 100, settle: 'allSettled' },
    );
    expect(lines).toBe(
      ['0 session timeout: #0 0→100 timeout', 'request partial at 100, makespan 100'].join('\n'),
    );
  });

  it("a hedged attempt keeps a 429's Retry-After even when the other copy fails later", async () => {
    const { lines } = await faultyRun(
      [300],
      { name: 'sequential' },
      { 0: [{ fault: 'error', ms: 400 }, 'busy'] },
      { hedgeMs: 100, retries: 1, backoffMs: 0, jitter: 'none' },
    );
    // The 429 (copy 1, at 105) asked for 1 s; copy 0 failed last, at 400: the retry waits
    // until 1400, not 400.
    expect(lines).toBe(
      [
        '0 session ok: #0 0→400 error, #1h 100→105 busy, #2 1400→1700 ok, #3h 1500→1700 cancelled',
        'request ok at 1700, makespan 1700',
      ].join('\n'),
    );
  });
});
