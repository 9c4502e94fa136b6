import { describe, expect, it } from 'vitest';
import { MAX_LATENCY_MS } from '../latency.ts';
import { faultyRun } from '../testing/faultyTimelineOf.ts';
import { backoffMs } from './backoffMs.ts';
import { DEFAULT_POLICY } from './callPolicy.ts';

const draw = (seed: number) => ({ seed, request: 0, index: 0 });

describe('backoffMs', () => {
  it('without jitter waits min(maxBackoff, base * 2^(k-1))', () => {
    const policy = { backoffMs: 100, maxBackoffMs: 500, jitter: 'none' } as const;
    const waits = [1, 2, 3, 4, 5, 6].map((k) => backoffMs(policy, k, null, draw(1)));
    expect(waits).toEqual([100, 200, 400, 500, 500, 500]);
  });

  it('by default keeps the old 600 s ceiling', () => {
    expect(DEFAULT_POLICY.maxBackoffMs).toBe(MAX_LATENCY_MS);
    const policy = { ...DEFAULT_POLICY, backoffMs: 60_000, jitter: 'none' } as const;
    expect(backoffMs(policy, 4, null, draw(1))).toBe(480_000);
    expect(backoffMs(policy, 5, null, draw(1))).toBe(MAX_LATENCY_MS);
  });

  it('jitters below the ceiling, not the uncapped wait (no pile-up at the ceiling)', () => {
    // Clamping after the jitter would make 7 waits in 8 exactly the ceiling at retry 4 (8 x base).
    const capped = { backoffMs: 1000, maxBackoffMs: 1000, jitter: 'full' } as const;
    const free = { ...capped, maxBackoffMs: MAX_LATENCY_MS };
    for (let seed = 1; seed <= 200; seed += 1) {
      const waitMs = backoffMs(capped, 4, null, draw(seed));
      expect(waitMs).toBeGreaterThanOrEqual(0);
      expect(waitMs).toBeLessThanOrEqual(1000);
      // The same seeded fraction of the (lower) ceiling: 8000 ms uncapped, 1000 ms capped.
      const fraction = backoffMs(free, 4, null, draw(seed)) / 8000;
      expect(Math.abs(waitMs - fraction * 1000)).toBeLessThanOrEqual(0.5 + 1000 / 8000);
    }
  });

  it('caps the waits of a retrying run on the virtual clock', async () => {
    const script = { 0: ['error', 'error', 'error', 'ok'] as const };
    const policy = { retries: 3, backoffMs: 100, maxBackoffMs: 150, jitter: 'none' as const };
    const { trace } = await faultyRun([0], { name: 'sequential' }, script, policy);
    const starts = (trace.calls[0]?.attempts ?? []).map((a) => a.startedAtMs);
    expect(starts).toEqual([0, 100, 250, 400]);
  });
});
