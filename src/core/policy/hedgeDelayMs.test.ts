import { describe, expect, it } from 'vitest';
import { latencyCdf } from '../latencyCdf.ts';
import { simulateScenario } from '../simulateScenario.ts';
import { decodeScenario } from '../urlCodec.ts';
import { DEFAULT_POLICY } from './callPolicy.ts';
import { hedgeDelayMs, isHedged, policyForCall } from './hedgeDelayMs.ts';

const P95 = { ...DEFAULT_POLICY, hedgePercentile: 95 };

describe('hedgeDelayMs: each call waits its own percentile', () => {
  it("is the smallest whole ms the call answers within with the percentile's chance", () => {
    // 80-160 ms uniform: P(draw <= t) = (t + 0.5 - 80) / 80 >= 0.95 from t = 156 on.
    const uniform = { kind: 'uniform', minMs: 80, maxMs: 160 } as const;
    expect(hedgeDelayMs(P95, uniform)).toBe(156);
    expect(latencyCdf(uniform, 155)).toBeLessThan(0.95);
    expect(hedgeDelayMs(P95, { kind: 'fixed', ms: 50 })).toBe(50);
    expect(hedgeDelayMs({ ...DEFAULT_POLICY, hedgeMs: 70 }, uniform)).toBe(70);
    expect(hedgeDelayMs(DEFAULT_POLICY, uniform)).toBeNull();
  });

  it('turns a percentile into the plain delay the engine reads', () => {
    const uniform = { kind: 'uniform', minMs: 80, maxMs: 160 } as const;
    expect(policyForCall(P95, uniform)).toMatchObject({ hedgeMs: 156, hedgePercentile: null });
    expect(isHedged(P95)).toBe(true);
    expect(isHedged(DEFAULT_POLICY)).toBe(false);
  });

  it('sends a copy of exactly the calls still out at their own p95, at that instant', async () => {
    let hedged = 0;
    for (let seed = 1; seed <= 120; seed += 1) {
      const { scenario } = decodeScenario(
        `model=promise-all&calls=80-160,50,80-160&hedge=p95&seed=${seed}`,
      );
      const run = await simulateScenario(scenario);
      for (const call of run.trace.calls) {
        const delayMs = call.index === 1 ? 50 : 156;
        const copies = call.attempts ?? [];
        const hedges = copies.filter((copy) => copy.hedge);
        // The fixed 50 ms call answers at its hedge instant: the answer wins the tie.
        expect(hedges.length).toBe(call.latencyMs > delayMs ? 1 : 0);
        for (const copy of hedges) expect(copy.startedAtMs).toBe(delayMs);
        hedged += hedges.length;
      }
    }
    // About 5 % of 240 uniform calls: some hedges must have been sent for this test to mean anything.
    expect(hedged).toBeGreaterThan(3);
  });
});
