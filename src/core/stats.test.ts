import { describe, expect, it } from 'vitest';
import { simulateScenario } from './simulateScenario.ts';
import { requestsOnWireSteps } from './requestsOnWire.ts';
import { inFlightSteps } from './stats.ts';
import { decodeScenario } from './urlCodec.ts';

const run = (query: string) => simulateScenario(decodeScenario(query).scenario);

describe('runStats: calls in flight and requests on the wire', () => {
  it('a hedged call in a pool of one is one call but two requests on the wire', async () => {
    const { stats } = await run('model=worker-pool&limit=1&calls=300,300&hedge=100');
    expect(stats).toMatchObject({ peakCallsInFlight: 1, peakRequestsOnWire: 2 });
  });

  it('a plain run (no faults, no policy) has as many requests on the wire as calls in flight', async () => {
    const { stats } = await run('model=worker-pool&limit=2&calls=125,250,375,500');
    expect(stats).toMatchObject({ peakCallsInFlight: 2, peakRequestsOnWire: 2 });
  });

  it('a throttled release run never has more than limit on the wire while its calls in flight exceed it', async () => {
    const limit = 4;
    const { trace, stats } = await run(
      `model=throttled&limit=${limit}&cap=4&window=100&calls=100-300*200&error=*:30&retries=3` +
        '&retrySlot=release&backoff=1000&settle=allSettled',
    );
    // Calls backing off gave their slot back: they are not finished, yet nothing of theirs is out.
    expect(stats.peakCallsInFlight).toBeGreaterThan(limit);
    expect(stats.peakRequestsOnWire).toBe(limit);
    for (const step of requestsOnWireSteps(trace.calls))
      expect(step.inFlight).toBeLessThanOrEqual(limit);
    expect(Math.max(...inFlightSteps(trace.calls).map((s) => s.inFlight))).toBe(
      stats.peakCallsInFlight,
    );
  });
});
