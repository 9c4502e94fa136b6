import { describe, expect, it } from 'vitest';
import type { CallSpec } from '../scenario.ts';
import type { ServerRunInput } from '../server/serverRunInput.ts';
import { DEFAULT_SERVER_SPEC, type ServerSpec } from '../server/serverSpec.ts';
import { roundedExponentialMeanMs, serverTheory } from './serverTheory.ts';

const exponential: CallSpec = { service: 'db', latency: { kind: 'exponential', meanMs: 100 } };
const fixed: CallSpec = { service: 'db', latency: { kind: 'fixed', ms: 100 } };

function input(server: Partial<ServerSpec>, calls: CallSpec[] = [exponential]): ServerRunInput {
  return {
    server: { ...DEFAULT_SERVER_SPEC, arrival: 'open', arrivalRatePerSec: 30, ...server },
    handler: { name: 'sequential' },
    calls,
    seed: 1,
  };
}

describe('serverTheory', () => {
  it('recognises M/M/c: open arrivals, one exponential call, W identical workers', () => {
    const { theory, reason } = serverTheory(input({ processes: 2, threads: 2 }));
    expect(reason).toBeNull();
    expect(theory).toMatchObject({ model: 'M/M/c', servers: 4, arrivalRatePerSec: 30 });
    expect(theory?.prediction.utilisation).toBeCloseTo(0.75, 5);
  });

  it('counts greenlets as workers too: each holds one request at a time here', () => {
    expect(serverTheory(input({ processes: 2, greenlets: 3 })).theory?.servers).toBe(6);
  });

  it('recognises M/D/1 with one worker and one fixed call, overheads included in D', () => {
    const { theory } = serverTheory(
      input({ arrivalRatePerSec: 5, callOverheadMs: 10, requestOverheadMs: 5 }, [fixed]),
    );
    expect(theory).toMatchObject({ model: 'M/D/1', meanServiceMs: 115 });
    // ρ = 5 x 0.115 = 0.575; Wq = ρ D / (2 (1 - ρ)).
    expect(theory?.prediction.meanWaitMs).toBeCloseTo((0.575 * 115) / (2 * 0.425), 9);
  });

  it.each<[string, ServerRunInput, RegExp]>([
    ['closed arrivals', input({ arrival: 'closed' }), /closed loop .* not a Poisson arrival/],
    ['several calls', input({}, [exponential, exponential]), /makes 2 calls/],
    ['fixed calls on 3 workers', input({ threads: 3 }, [fixed]), /M\/D\/3 queue/],
    ['an upstream cap below W', input({ threads: 4, upstreamCap: 2 }), /serves 2 calls at once/],
    ['overheads on exponential service', input({ callOverheadMs: 1 }), /no\s+longer exponential/],
    ['a saturated server', input({ arrivalRatePerSec: 10.01 }), /100\.1 % .* no steady state/],
    [
      'a uniform call',
      input({}, [{ service: 'db', latency: { kind: 'uniform', minMs: 1, maxMs: 9 } }]),
      /uniform call time has no closed form/,
    ],
  ])('gives no closed form for %s, and says why', (_, scenario, why) => {
    const { theory, reason } = serverTheory(scenario);
    expect(theory).toBeNull();
    expect(reason).toMatch(why);
  });

  it('refuses the offload handler, whose local work runs beside the call', () => {
    const offload = { ...input({}), handler: { name: 'offload', workMs: 50 } as const };
    expect(serverTheory(offload).reason).toMatch(/local work/);
  });

  it('uses the exact mean of the rounded exponential draw', () => {
    // Sum over k >= 1 of e^{-(k - 1/2) / m}, by brute force.
    let sum = 0;
    for (let k = 1; k < 20_000; k += 1) sum += Math.exp(-(k - 0.5) / 100);
    expect(roundedExponentialMeanMs(100)).toBeCloseTo(sum, 9);
    expect(Math.abs(roundedExponentialMeanMs(100) - 100)).toBeLessThan(1e-3);
  });
});
