import type { LatencySummary } from '../core/tails/latencyDistribution.ts';
import type { MeasuredTail, TailReport } from '../core/tails/tailReport.ts';

/** A distribution in the JSON: the measured summary, the prediction or why there is none. */
function tailJson(tail: MeasuredTail) {
  const { prediction } = tail;
  return {
    measured: summaryJson(tail.measured),
    predicted: prediction.kind === 'exact' ? prediction.summary : null,
    // How the prediction was computed, or why there is no closed form.
    predictedBy: prediction.kind === 'exact' ? prediction.method : null,
    noPrediction: prediction.kind === 'none' ? prediction.reason : null,
  };
}

/** NaN (an empty distribution) as null: JSON has no NaN. */
function summaryJson(summary: LatencySummary) {
  const value = (ms: number) => (Number.isFinite(ms) ? ms : null);
  return {
    count: summary.count,
    meanMs: value(summary.meanMs),
    minMs: value(summary.minMs),
    maxMs: value(summary.maxMs),
    p50Ms: value(summary.p50Ms),
    p90Ms: value(summary.p90Ms),
    p99Ms: value(summary.p99Ms),
    p999Ms: value(summary.p999Ms),
  };
}

/**
 * The `repeat` member of the CLI's JSON (README, docs/tails.md): each repetition's makespan
 * (index k = repetition k; 0 is the single run above it), the request's and the calls'
 * distributions measured and predicted, and the copies sent.
 */
export function repeatJson(report: TailReport): object {
  const { runs } = report;
  return {
    runs: runs.repeat,
    path: runs.path,
    callsSent: runs.callsSent,
    copiesSent: runs.copiesSent,
    hedgesSent: runs.hedgesSent,
    request: tailJson(report.request),
    call: tailJson(report.call),
    makespansMs: Array.from(runs.makespansMs),
  };
}
