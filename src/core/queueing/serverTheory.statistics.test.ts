import { describe, expect, it } from 'vitest';
import type { Latency } from '../latency.ts';
import { DEFAULT_SERVER_SPEC } from '../server/serverSpec.ts';
import { simulateServer } from '../server/simulateServer.ts';
import { batchMeans } from './batchMeans.ts';
import { closedOpenComparison } from './closedOpenComparison.ts';
import { serverTheory } from './serverTheory.ts';

const REQUESTS = 100_000;
const BATCHES = 20;
/**
 * 4.5 batch standard errors: the batch means of 20 batches of 4,750 requests (after 5 % of
 * warm-up) follow a t distribution with 19 degrees of freedom, for which |t| > 4.5 has
 * p < 3e-4: a correct engine fails one check about once in 3,000 seeds. The seeds are fixed.
 */
const Z = 4.5;

async function meanWaitCheck(latency: Latency, arrivalRatePerSec: number, threads: number) {
  const input = {
    server: {
      ...DEFAULT_SERVER_SPEC,
      requests: REQUESTS,
      arrival: 'open',
      arrivalRatePerSec,
      threads,
    },
    handler: { name: 'sequential' },
    calls: [{ service: 'db', latency }],
    seed: 15,
  } as const;
  const { theory, reason } = serverTheory(input);
  if (theory === null) throw new Error(reason);
  const trace = await simulateServer(input);
  const waits = trace.requests.map((r) => r.startedAtMs - r.intendedAtMs);
  const measured = batchMeans(waits, BATCHES);
  return { theory, measured };
}

describe('the virtual engine against queueing theory (100,000 requests each)', () => {
  it.each([
    [5, 1, 0.5],
    [30, 4, 0.75],
    [9.5, 1, 0.95],
    [76, 8, 0.95],
  ])(
    'M/M/c at λ = %s/s, c = %s (ρ = %s): mean wait within its batch-means interval of Erlang C',
    async (rate, c, rho) => {
      const { theory, measured } = await meanWaitCheck(
        { kind: 'exponential', meanMs: 100 },
        rate,
        c,
      );
      expect(theory.model).toBe('M/M/c');
      expect(theory.prediction.utilisation).toBeCloseTo(rho, 4);
      expect(Math.abs(measured.mean - theory.prediction.meanWaitMs)).toBeLessThan(
        Z * measured.standardError,
      );
    },
    60_000,
  );

  it.each([
    [5, 0.5],
    [9.5, 0.95],
  ])(
    'M/D/1 at λ = %s/s (ρ = %s): mean wait within its batch-means interval of Pollaczek-Khinchine',
    async (rate, rho) => {
      const { theory, measured } = await meanWaitCheck({ kind: 'fixed', ms: 100 }, rate, 1);
      expect(theory.model).toBe('M/D/1');
      expect(theory.prediction.utilisation).toBeCloseTo(rho, 12);
      expect(Math.abs(measured.mean - theory.prediction.meanWaitMs)).toBeLessThan(
        Z * measured.standardError,
      );
    },
    60_000,
  );

  it('shows a saturating closed loop lower latencies than open arrivals at its throughput', async () => {
    // 2 workers, 100 ms each, C = 10 > W: the closed loop keeps both workers busy (20/s). Open
    // arrivals at 20/s load them 100 %: the queue grows, and so does every latency after it.
    const comparison = await closedOpenComparison({
      server: { ...DEFAULT_SERVER_SPEC, requests: 2000, concurrency: 10, threads: 2 },
      handler: { name: 'sequential' },
      calls: [{ service: 'db', latency: { kind: 'exponential', meanMs: 100 } }],
      seed: 15,
    });
    expect(comparison.openRatePerSec).toBeCloseTo(comparison.closed.throughputPerSec, 3);
    // Same throughput, within 10 % (the open run's own Poisson count varies around it).
    expect(
      Math.abs(comparison.open.throughputPerSec / comparison.closed.throughputPerSec - 1),
    ).toBeLessThan(0.1);
    // What the closed client measures (from sending) is far below what open arrivals wait.
    expect(comparison.closed.latencyFromSentMs.p50).toBeLessThan(comparison.open.latencyMs.p50);
    expect(comparison.closed.latencyFromSentMs.p99).toBeLessThan(comparison.open.latencyMs.p99);
    // In an open run nothing waits at the client: both views agree.
    expect(comparison.open.latencyFromSentMs).toEqual(comparison.open.latencyMs);
  }, 60_000);
});
