import type { Millis } from '../clock.ts';
import { ARRIVAL_RATE_DECIMAL_PLACES, ARRIVAL_RATE_RANGE_PER_SEC } from '../limits.ts';
import { predictServer } from '../server/predictServer.ts';
import type { ServerRunInput } from '../server/serverRunInput.ts';
import { workerCountOf } from '../server/serverSpec.ts';
import { latencyPercentiles, requestLatencyMs } from '../server/serverStats.ts';
import { simulateServer } from '../server/simulateServer.ts';
import type { VirtualRunOptions } from '../virtualClock.ts';
import { loadSummary } from './loadSummary.ts';
import { serverTheory } from './serverTheory.ts';

/** The sweep's target utilisations: 10 % to 90 % in steps of 10, then 95 % and 99 %. */
export const SWEEP_UTILISATIONS: readonly number[] = [
  0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99,
];

/** One point of the hockey stick: the server run open-loop at one utilisation. */
export interface HockeyStickPoint {
  /** The target ρ; the rate is chosen for it. */
  readonly utilisation: number;
  readonly arrivalRatePerSec: number;
  /** The share of worker time the run really spent serving. */
  readonly measuredUtilisation: number | null;
  readonly measured: { readonly p50Ms: Millis; readonly p99Ms: Millis; readonly meanMs: Millis };
  /** The closed form's latencies; null where it has none (M/D/1 gives its mean only). */
  readonly predicted: {
    readonly p50Ms: Millis | null;
    readonly p99Ms: Millis | null;
    readonly meanMs: Millis | null;
  };
}

export interface HockeyStick {
  readonly workers: number;
  /** E[S]: the closed form's mean service, or the mean of this scenario's drawn service times. */
  readonly meanServiceMs: Millis;
  /** 'M/M/c', 'M/D/1', or null with `reason`. */
  readonly model: 'M/M/c' | 'M/D/1' | null;
  readonly reason: string | null;
  readonly points: readonly HockeyStickPoint[];
}

const RATE_SCALE = 10 ** ARRIVAL_RATE_DECIMAL_PLACES;

/** The arrival rate that loads W workers of mean service E[S] to ρ (3 decimals, within limits). */
export function rateForUtilisation(rho: number, workers: number, meanServiceMs: Millis): number {
  const exact = (rho * workers * 1000) / meanServiceMs;
  const rounded = Math.round(exact * RATE_SCALE) / RATE_SCALE;
  return Math.min(
    ARRIVAL_RATE_RANGE_PER_SEC.max,
    Math.max(ARRIVAL_RATE_RANGE_PER_SEC.min, rounded),
  );
}

/**
 * The hockey stick: the scenario's server, requests and calls run open-loop at each target
 * utilisation (the rate λ = ρ W / E[S]), with the measured p50 and p99 latency (from due) beside
 * the closed form's. Latency stays near the service time while ρ is low and climbs steeply as ρ
 * nears 1: the queue's mean wait grows like ρ / (1 - ρ). Runs points one after another; each is
 * a full virtual run, so N requests cost N x points engine work.
 */
export async function hockeyStick(
  input: ServerRunInput,
  utilisations: readonly number[] = SWEEP_UTILISATIONS,
  options: VirtualRunOptions = {},
): Promise<HockeyStick> {
  const open = { ...input, server: { ...input.server, arrival: 'open' as const } };
  const workers = workerCountOf(input.server);
  // Which closed form applies does not depend on the rate: ask at the slowest rate, where no
  // scenario is saturated, so a scenario's own (perhaps overloaded) rate cannot hide the form.
  const first = serverTheory({
    ...open,
    server: { ...open.server, arrivalRatePerSec: ARRIVAL_RATE_RANGE_PER_SEC.min },
  });
  const meanServiceMs = first.theory?.meanServiceMs ?? meanOf(predictServer(open).serviceMs);
  const points: HockeyStickPoint[] = [];
  for (const utilisation of utilisations) {
    const arrivalRatePerSec = rateForUtilisation(utilisation, workers, meanServiceMs);
    const at = { ...open, server: { ...open.server, arrivalRatePerSec } };
    const trace = await simulateServer(at, options);
    const latencies = latencyPercentiles(trace.requests.map(requestLatencyMs));
    const summary = loadSummary(at, trace);
    const theory = summary.theory.theory;
    points.push({
      utilisation,
      arrivalRatePerSec,
      measuredUtilisation: summary.measuredUtilisation,
      measured: {
        p50Ms: latencies.p50,
        p99Ms: latencies.p99,
        meanMs: summary.littlesLaw?.meanLatencyMs ?? 0,
      },
      predicted: {
        p50Ms: theory?.model === 'M/M/c' ? theory.p50Ms : null,
        p99Ms: theory?.model === 'M/M/c' ? theory.p99Ms : null,
        meanMs: theory?.prediction.meanLatencyMs ?? null,
      },
    });
  }
  return {
    workers,
    meanServiceMs,
    model: first.theory?.model ?? null,
    reason: first.reason,
    points,
  };
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}
