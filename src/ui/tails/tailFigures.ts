import { SUMMARY_QUANTILES } from '../../core/tails/latencyDistribution.ts';
import type { MeasuredTail, TailReport } from '../../core/tails/tailReport.ts';

/** One row of the percentile table: a figure of the request's and of one call's latency. */
export interface TailRow {
  readonly label: string;
  readonly requestMeasuredMs: number;
  readonly requestPredictedMs: number | null;
  readonly callMeasuredMs: number;
  readonly callPredictedMs: number | null;
}

function predicted(tail: MeasuredTail, key: (typeof SUMMARY_QUANTILES)[number]['key'] | 'meanMs') {
  return tail.prediction.kind === 'exact' ? tail.prediction.summary[key] : null;
}

/** p50, p90, p99, p99.9 and the mean, measured beside predicted, for the request and a call. */
export function tailRows(report: TailReport): TailRow[] {
  const rows: TailRow[] = SUMMARY_QUANTILES.map((q) => ({
    label: q.label,
    requestMeasuredMs: report.request.measured[q.key],
    requestPredictedMs: predicted(report.request, q.key),
    callMeasuredMs: report.call.measured[q.key],
    callPredictedMs: predicted(report.call, q.key),
  }));
  rows.push({
    label: 'mean',
    requestMeasuredMs: report.request.measured.meanMs,
    requestPredictedMs: predicted(report.request, 'meanMs'),
    callMeasuredMs: report.call.measured.meanMs,
    callPredictedMs: predicted(report.call, 'meanMs'),
  });
  return rows;
}

/**
 * The Tail at Scale's point in one figure: the share of requests slower than one call's p99
 * (the predicted p99 where there is one, else the measured). With 100 calls each slow 1 % of the
 * time, one call's p99 is its fast time and 1 - 0.99^100 = 63 % of requests are slower.
 */
export interface SlowShare {
  readonly callP99Ms: number;
  readonly measuredPct: number;
  readonly predictedPct: number | null;
}

export function slowShare(report: TailReport): SlowShare {
  const callP99Ms = predicted(report.call, 'p99Ms') ?? report.call.measured.p99Ms;
  const makespans = report.runs.makespansMs;
  let slower = 0;
  for (const ms of makespans) if (ms > callP99Ms) slower += 1;
  const request = report.request.prediction;
  return {
    callP99Ms,
    measuredPct: makespans.length === 0 ? Number.NaN : (100 * slower) / makespans.length,
    predictedPct: request.kind === 'exact' ? 100 * (1 - request.cdf(callP99Ms)) : null,
  };
}
