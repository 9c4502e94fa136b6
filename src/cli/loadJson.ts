import type { LoadSummary } from '../core/queueing/loadSummary.ts';

/**
 * The load part of the CLI's server JSON (README "The command line"): Little's law both sides,
 * utilisation, the measured wait, and the closed form's predictions or why none applies.
 */
export function loadJson(summary: LoadSummary): object {
  const law = summary.littlesLaw;
  const { theory, reason } = summary.theory;
  return {
    timeAverageInSystem: law?.timeAverageInSystem ?? null,
    littlesLaw:
      law === null
        ? null
        : {
            windowMs: law.windowMs,
            timeAverageInSystem: law.timeAverageInSystem,
            throughputPerSec: law.throughputPerSec,
            meanLatencyMs: law.meanLatencyMs,
            throughputTimesLatency: law.throughputTimesLatency,
          },
    utilisation: {
      workers: summary.workers,
      measured: summary.measuredUtilisation,
      offered: summary.offeredUtilisation,
      meanServiceMs: summary.meanServiceMs,
    },
    measuredWait: { meanWaitMs: summary.meanWaitMs, shareThatWaited: summary.shareThatWaited },
    theory:
      theory === null
        ? { model: null, reason }
        : {
            model: theory.model,
            servers: theory.servers,
            arrivalRatePerSec: theory.arrivalRatePerSec,
            meanServiceMs: theory.meanServiceMs,
            utilisation: theory.prediction.utilisation,
            probabilityOfWait: theory.prediction.probabilityOfWait,
            meanWaitMs: theory.prediction.meanWaitMs,
            meanLatencyMs: theory.prediction.meanLatencyMs,
            timeAverageInSystem:
              (theory.arrivalRatePerSec * theory.prediction.meanLatencyMs) / 1000,
            ...(theory.model === 'M/M/c'
              ? { latencyP50Ms: theory.p50Ms, latencyP99Ms: theory.p99Ms }
              : {}),
          },
  };
}
