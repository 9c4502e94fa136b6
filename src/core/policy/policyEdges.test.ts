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
        'request partial at 100, makespan 100',
      ].join('\n'),
    );
    // Call 1 was already waiting for its start at 1000 when the request gave up at 100: the
    // cancel wakes that wait, so nothing is paced after 100.
    expect(trace.outcome?.settledAtMs).toBe(100);
  });

  it('a cancel wakes a throttle that is already waiting for its next start', async () => {
    const { trace } = await faultyRun(
      [100, 100],
      { name: 'throttled', limit: null, throttle: { kind: 'sliding', cap: 1, windowMs: 1000 } },
      { 0: ['error'] },
      { cancelOnFailure: true, settle: 'allSettled' },
    );
    expect(trace.outcome?.settledAtMs).toBe(100);
    expect(trace.calls.map((c) => c.status)).toEqual(['failed', 'skipped']);
  });

  it('a retry queued behind a spacing throttle is cancelled when the request fails, not at its next start', async () => {
    const { lines } = await faultyRun(
      [50, 50, 50],
      { name: 'throttled', limit: null, throttle: { kind: 'spacing', minTimeMs: 300 } },
      { 1: ['error', 'error', 'error'], 2: ['error', 'error', 'error'] },
      { cancelOnFailure: true, retries: 2, backoffMs: 0, retrySlot: 'release' },
    );
    // Call 1's third copy fails at 1550; call 2's retry was waiting for the start due at 1800.
    expect(lines).toBe(
      [
        '0 session ok: #0 0→50 ok',
        '1 business failed: #0 300→350 error, #1 900→950 error, #2 1500→1550 error',
        '2 user cancelled: #0 600→650 error, #1 1200→1250 error',
        'request failed (call 1) at 1550, makespan 1550',
      ].join('\n'),
    );
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
