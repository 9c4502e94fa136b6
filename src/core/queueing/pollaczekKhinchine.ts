import type { Millis } from '../clock.ts';

/** What the Pollaczek-Khinchine formula predicts for an M/G/1 queue in steady state. */
export interface MG1Prediction {
  /** ρ = λ E[S], below 1. */
  readonly utilisation: number;
  /** Wq = λ E[S²] / (2 (1 - ρ)): the mean wait for the server (ms). */
  readonly meanWaitMs: Millis;
  /** W = Wq + E[S] (ms). */
  readonly meanLatencyMs: Millis;
  /** In M/G/1 an arrival waits exactly when the server is busy: P(wait) = ρ (PASTA). */
  readonly probabilityOfWait: number;
}

/**
 * The Pollaczek-Khinchine mean wait of an M/G/1 queue from the service time's first two moments;
 * null when ρ >= 1 (no steady state).
 */
export function pollaczekKhinchine(
  arrivalRatePerSec: number,
  meanServiceMs: Millis,
  serviceSecondMomentMs2: number,
): MG1Prediction | null {
  const arrivalRatePerMs = arrivalRatePerSec / 1000;
  const utilisation = arrivalRatePerMs * meanServiceMs;
  if (!(utilisation < 1)) return null;
  const meanWaitMs = (arrivalRatePerMs * serviceSecondMomentMs2) / (2 * (1 - utilisation));
  return {
    utilisation,
    meanWaitMs,
    meanLatencyMs: meanWaitMs + meanServiceMs,
    probabilityOfWait: utilisation,
  };
}

/** M/D/1: every service takes exactly D, so E[S²] = D² and Wq = ρ D / (2 (1 - ρ)). */
export function mdOne(arrivalRatePerSec: number, serviceMs: Millis): MG1Prediction | null {
  return pollaczekKhinchine(arrivalRatePerSec, serviceMs, serviceMs * serviceMs);
}
