import type { Millis } from '../clock.ts';

/** An M/M/c queue: Poisson arrivals, exponential service, c identical servers, FIFO. */
export interface MMcQueue {
  /** λ: arrivals per second. */
  readonly arrivalRatePerSec: number;
  /** 1/μ: the mean service time in ms. */
  readonly meanServiceMs: Millis;
  /** c: servers (the Server lab's W workers). */
  readonly servers: number;
}

/** What Erlang's formulas predict for an M/M/c queue in steady state. */
export interface MMcPrediction {
  /** ρ = λ / (c μ), below 1. */
  readonly utilisation: number;
  /** C(c, a): the probability that an arrival finds every server busy and waits. */
  readonly probabilityOfWait: number;
  /** Wq = C / (c μ - λ): the mean wait for a server (ms). */
  readonly meanWaitMs: Millis;
  /** W = Wq + 1/μ: the mean time in the system (ms). */
  readonly meanLatencyMs: Millis;
}

/**
 * Erlang C for an M/M/c queue; null when ρ >= 1 (no steady state: the queue grows without bound).
 * C is computed from Erlang B by its recurrence B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)) with
 * a = λ / μ, then C = B / (1 - ρ (1 - B)): stable for thousands of servers, where the textbook
 * sum of a^k / k! overflows.
 */
export function erlangC(queue: MMcQueue): MMcPrediction | null {
  const { arrivalRatePerSec, meanServiceMs, servers } = queue;
  const serviceRatePerMs = 1 / meanServiceMs;
  const arrivalRatePerMs = arrivalRatePerSec / 1000;
  const offered = arrivalRatePerMs * meanServiceMs;
  const utilisation = offered / servers;
  if (!(utilisation < 1) || !(meanServiceMs > 0) || servers < 1) return null;
  let erlangB = 1;
  for (let k = 1; k <= servers; k += 1) erlangB = (offered * erlangB) / (k + offered * erlangB);
  const probabilityOfWait = erlangB / (1 - utilisation * (1 - erlangB));
  const meanWaitMs = probabilityOfWait / (servers * serviceRatePerMs - arrivalRatePerMs);
  return {
    utilisation,
    probabilityOfWait,
    meanWaitMs,
    meanLatencyMs: meanWaitMs + meanServiceMs,
  };
}

/**
 * P(latency > t) in an M/M/c queue: the wait is 0 with probability 1 - C and otherwise
 * exponential with rate θ = c μ - λ; the latency adds an independent exponential service of
 * rate μ, so the tail is (1 - C) e^{-μt} + C P(Exp(θ) + Exp(μ) > t), the second term the
 * hypoexponential tail (θ e^{-μt} - μ e^{-θt}) / (θ - μ), or e^{-μt} (1 + μt) when θ = μ.
 */
export function mmcLatencyTail(queue: MMcQueue, prediction: MMcPrediction, tMs: Millis): number {
  const mu = 1 / queue.meanServiceMs;
  const theta = queue.servers * mu - queue.arrivalRatePerSec / 1000;
  const service = Math.exp(-mu * tMs);
  const both =
    Math.abs(theta - mu) < 1e-12 * mu
      ? service * (1 + mu * tMs)
      : (theta * service - mu * Math.exp(-theta * tMs)) / (theta - mu);
  const c = prediction.probabilityOfWait;
  return (1 - c) * service + c * both;
}

/**
 * The p-quantile (0 < p < 1) of an M/M/c latency in ms, by bisection on the tail above to a
 * thousandth of a ms: the tail is continuous and decreasing, so the quantile is unique.
 */
export function mmcLatencyQuantileMs(
  queue: MMcQueue,
  prediction: MMcPrediction,
  p: number,
): Millis {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile ${p} is not in (0, 1)`);
  let high = queue.meanServiceMs;
  while (mmcLatencyTail(queue, prediction, high) > 1 - p) high *= 2;
  let low = 0;
  while (high - low > 1e-3) {
    const mid = (low + high) / 2;
    if (mmcLatencyTail(queue, prediction, mid) > 1 - p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
