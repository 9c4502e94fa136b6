import type { Millis } from '../clock.ts';
import type { Latency } from '../latency.ts';
import type { ServerRunInput } from '../server/serverRunInput.ts';
import { workerCountOf } from '../server/serverSpec.ts';
import { erlangC, mmcLatencyQuantileMs, type MMcPrediction } from './erlangC.ts';
import { mdOne, type MG1Prediction } from './pollaczekKhinchine.ts';
import { offeredUtilisation } from './utilisation.ts';

/** The queue a server scenario is, with what its closed form predicts (steady state). */
export type ServerTheory =
  | {
      readonly model: 'M/M/c';
      readonly servers: number;
      readonly arrivalRatePerSec: number;
      readonly meanServiceMs: Millis;
      readonly prediction: MMcPrediction;
      /** The latency's median and 99th percentile (ms). */
      readonly p50Ms: Millis;
      readonly p99Ms: Millis;
    }
  | {
      readonly model: 'M/D/1';
      readonly servers: 1;
      readonly arrivalRatePerSec: number;
      readonly meanServiceMs: Millis;
      readonly prediction: MG1Prediction;
    };

/** A closed form for the scenario, or the reason none applies (one sentence, no final stop). */
export type ServerTheoryResult =
  | { readonly theory: ServerTheory; readonly reason: null }
  | { readonly theory: null; readonly reason: string };

/**
 * The exact mean of what the engine draws for `~m`: -m ln(1 - u) rounded to whole ms has
 * P(draw >= k) = e^{-(k - 1/2)/m}, so its mean is the sum over k >= 1, which is
 * e^{1/(2m)} / (e^{1/m} - 1) = 1 / (2 sinh(1/(2m))), about m - 1/(24 m): 99.99958 ms for
 * m = 100 (the clamp at MAX_LATENCY_MS, ten minutes, is left out).
 */
export function roundedExponentialMeanMs(meanMs: Millis): Millis {
  return 1 / (2 * Math.sinh(0.5 / meanMs));
}

const none = (reason: string): ServerTheoryResult => ({ theory: null, reason });

/**
 * Recognises the queue a server scenario is (DESIGN.md "Theory the engine must meet"):
 * - M/M/c: open arrivals, one exponential call (`~mean`) per request and no overheads, so each
 *   service time is that call's draw, and W identical workers serving FIFO (threads or
 *   greenlets: in this engine each is a slot that holds one request);
 * - M/D/1: open arrivals, one fixed call per request, W = 1 (overheads only add to D).
 * A handler with one call starts it at once whatever its model, except offload, whose local work
 * runs beside it. An upstream capacity below W could queue calls: a second queue, so no form.
 */
export function serverTheory(input: ServerRunInput): ServerTheoryResult {
  const { server, calls, handler } = input;
  if (server.arrival !== 'open') {
    return none(
      'a closed loop (all requests due at t = 0, at most C in flight) is not a Poisson arrival ' +
        'process, so no queueing formula applies; Little’s law and utilisation still hold',
    );
  }
  const call = calls.length === 1 ? (calls[0] as { latency: Latency }) : null;
  if (call === null) {
    return none(
      `each request makes ${calls.length} calls, so its service time is their fan-out, not one ` +
        'exponential or fixed draw; make it one call (~100 or 100) for a closed form',
    );
  }
  if (handler.name === 'offload') {
    return none(
      'the offload handler’s local work runs beside the call, so service is not the call',
    );
  }
  const workers = workerCountOf(server);
  if (server.upstreamCap !== null && server.upstreamCap < workers) {
    return none(
      `the upstream serves ${server.upstreamCap} calls at once, fewer than the ${workers} ` +
        'workers: calls can queue there too, a second queue the formulas leave out',
    );
  }
  const rate = server.arrivalRatePerSec;
  const overheadMs = server.callOverheadMs + server.requestOverheadMs;
  const { latency } = call;
  if (latency.kind === 'exponential') {
    if (overheadMs > 0) {
      return none(
        'the overheads add a constant to every exponential service time, which is then no ' +
          'longer exponential (M/M/c needs it memoryless); set them to 0',
      );
    }
    const meanServiceMs = roundedExponentialMeanMs(latency.meanMs);
    const queue = { arrivalRatePerSec: rate, meanServiceMs, servers: workers };
    const prediction = erlangC(queue);
    if (prediction === null) return unstable(rate, meanServiceMs, workers);
    return {
      theory: {
        model: 'M/M/c',
        servers: workers,
        arrivalRatePerSec: rate,
        meanServiceMs,
        prediction,
        p50Ms: mmcLatencyQuantileMs(queue, prediction, 0.5),
        p99Ms: mmcLatencyQuantileMs(queue, prediction, 0.99),
      },
      reason: null,
    };
  }
  if (latency.kind === 'fixed') {
    if (workers !== 1) {
      return none(
        `fixed service times with ${workers} workers make an M/D/${workers} queue, whose mean ` +
          'wait has no closed form; use 1 worker (M/D/1) or an exponential call (~100)',
      );
    }
    const serviceMs = latency.ms + overheadMs;
    const prediction = mdOne(rate, serviceMs);
    if (prediction === null) return unstable(rate, serviceMs, 1);
    return {
      theory: {
        model: 'M/D/1',
        servers: 1,
        arrivalRatePerSec: rate,
        meanServiceMs: serviceMs,
        prediction,
      },
      reason: null,
    };
  }
  return none(
    `a ${latency.kind} call time has no closed form here; use an exponential call (~100) for ` +
      'M/M/c, or a fixed one with 1 worker for M/D/1',
  );
}

function unstable(rate: number, meanServiceMs: Millis, workers: number): ServerTheoryResult {
  const rho = offeredUtilisation(rate, meanServiceMs, workers);
  return none(
    `the arrivals ask for ${(rho * 100).toFixed(1)} % of the workers’ time (at least 100 %), ` +
      'so the queue grows for as long as requests arrive: there is no steady state to predict',
  );
}
